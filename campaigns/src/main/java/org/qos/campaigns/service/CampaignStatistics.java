package org.qos.campaigns.service;

import java.time.OffsetDateTime;
import java.util.List;

import org.qos.campaigns.domain.CampaignEntity;
import org.qos.common.kpi.KpiResult;

/**
 * A family's hook into the shared lifecycle, split in two so that a result costs a lookup: {@link #gather} runs the
 * family's statistics SQL over a campaign's rows (expensive, once per stored batch, before the batch is acknowledged),
 * and {@link #evaluate} turns the statistics kept for the campaign into its KPI results (plain arithmetic, at every
 * read, because a result states when it was computed). The lifecycle keeps the statistics of every open campaign in
 * {@link org.qos.campaigns.domain.CampaignKind#statisticsTable()} as JSON, with the version of the batches they reflect.
 *
 * @param <E> the family's campaign
 * @param <S> its statistics: a record that Jackson writes and reads back equal
 */
public interface CampaignStatistics<E extends CampaignEntity, S> {

    /** The statistics' type, to read them back. */
    Class<S> type();

    /** The statistics of every row of the campaign, by the family's statistics query. */
    S gather(E campaign);

    /**
     * What else than the campaign's rows the statistics were gathered under (e.g. the profile's good score, which a
     * restart may change): statistics kept under another basis are gathered again. Empty by default.
     */
    default String basis(E campaign) {
        return "";
    }

    /**
     * Whether statistics add up over batches ({@link #add}): counts do, medians and reconciliations do not (those are
     * gathered whole once per batch). A family whose statistics add up gives each of its row kinds a
     * {@link org.qos.campaigns.batch.BatchTally} ({@link org.qos.campaigns.batch.BatchKind#countedBy}), which counts a
     * batch as it streams; the lifecycle adds that to the kept statistics in the batch's own transaction.
     */
    default boolean decomposable() {
        return false;
    }

    /**
     * Decomposable statistics only: the statistics of the rows of both; null when these cannot be added (for example
     * medians, which add only to the statistics of no rows), and then they are gathered whole after the batch.
     */
    default S add(S kept, S batch) {
        throw new UnsupportedOperationException("statistics that do not add up are gathered whole");
    }

    /** The campaign's KPI results from its statistics, computed {@code now}. No database. */
    List<KpiResult> evaluate(E campaign, S statistics, OffsetDateTime now);
}
