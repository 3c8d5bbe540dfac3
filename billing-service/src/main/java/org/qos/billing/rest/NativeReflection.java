package org.qos.billing.rest;

import org.qos.billing.domain.Discrepancy;
import org.qos.campaigns.batch.BatchRecord;
import org.qos.common.retention.PurgeRecord;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Types that Jackson serializes although no REST method declares them as its return type, so that a native image
 * (-Pnative) would not keep them for reflection: they leave as the entity of a {@code Response} (the batch,
 * discrepancy and statement listings, the purge log), or that are read from JSON in the database (frozen
 * discrepancies).
 */
@RegisterForReflection(targets = {BatchRecord.class, DiscrepancyView.class, StatementLine.class, PurgeRecord.class,
        Discrepancy.class})
final class NativeReflection {

    private NativeReflection() {
    }
}
