package org.qos.coverage.rest;

import org.qos.campaigns.batch.BatchRecord;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Types that Jackson serializes although no REST method declares them as its return type, so that a native image
 * (-Pnative) would not keep them for reflection: they leave as the entity of a {@code Response} (the batch and
 * street listings, the paged map with its features), or are declared only as a type variable of the shared {@code CampaignResource} (the campaign
 * view).
 */
@RegisterForReflection(targets = {BatchRecord.class, StreetView.class, CampaignView.class, BinMap.class,
        BinMap.Feature.class, BinMap.Polygon.class, BinMap.Properties.class})
final class NativeReflection {

    private NativeReflection() {
    }
}
