package org.qos.billing.rest;

import org.qos.campaigns.batch.BatchRecord;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Types that Jackson serializes although no REST method declares them as its return type, so that a native image
 * (-Pnative) would not keep them for reflection: they leave as the entity of a {@code Response} (the batch,
 * discrepancy and statement listings).
 */
@RegisterForReflection(targets = {BatchRecord.class, DiscrepancyView.class, StatementLine.class})
final class NativeReflection {

    private NativeReflection() {
    }
}
