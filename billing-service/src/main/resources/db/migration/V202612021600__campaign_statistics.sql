-- Results whose cost does not grow with the rows (issue 16): the statistics of each test-call campaign and invoice
-- audit, kept as batches arrive by the shared lifecycle (campaigns' MaintainedStatistics). batch_version counts the
-- batches stored (bumped in each batch's own transaction; last_batch_id is the batch that bumped it last); statistics
-- (the family's record as JSON: the reconciliation's counts, the audit's counts) reflect statistics_version of them,
-- gathered under basis. A campaign without a row, or whose versions differ, has them gathered again when read.
CREATE TABLE campaign_statistics (
    campaign_id        uuid PRIMARY KEY,
    batch_version      bigint NOT NULL,
    last_batch_id      uuid,
    statistics_version bigint,
    basis              text,
    statistics         jsonb
);

CREATE TABLE invoice_audit_statistics (LIKE campaign_statistics INCLUDING ALL);
