package org.qos.campaigns.batch;

/**
 * The statistics of one batch, counted from its rows as they are copied, for a family whose statistics add up over
 * batches ({@link org.qos.campaigns.service.CampaignStatistics#add}). A fresh tally is taken for every upload
 * ({@link BatchKind#tally()}); it sees each row of the batch that is copied, once, in order, and its
 * {@link #counted()} is added to the campaign's kept statistics in the batch's own transaction. A batch that is refused,
 * a dry run and a resend roll back or never copy, so what they counted is never added. The tally must apply the same
 * rules as the family's statistics query (its tests compare the two), and should not allocate per row: it is on the
 * ingestion's hot path.
 *
 * @param <T> the rows
 * @param <S> the family's statistics
 */
public interface BatchTally<T, S> {

    /** One more row copied. */
    void count(T row);

    /** The statistics of the rows counted so far. */
    S counted();
}
