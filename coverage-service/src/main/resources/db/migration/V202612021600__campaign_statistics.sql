-- Results whose cost does not grow with the rows (issue 16): the statistics of each campaign, kept as batches arrive
-- by the shared lifecycle (campaigns' MaintainedStatistics). batch_version counts the batches stored (bumped in each
-- batch's own transaction; last_batch_id is the batch that bumped it last); statistics (the family's record as JSON:
-- sample counts, bins measured and covered, streets) reflect statistics_version of them, gathered under basis.
-- A campaign without a row, or whose versions differ, has its statistics gathered again when read. Replacing an
-- area's street inventory drops the statistics of its open campaigns.
CREATE TABLE campaign_statistics (
    campaign_id        uuid PRIMARY KEY,
    batch_version      bigint NOT NULL,
    last_batch_id      uuid,
    statistics_version bigint,
    basis              text,
    statistics         jsonb
);
