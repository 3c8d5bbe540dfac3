-- Results whose cost does not grow with the rows (issue 16): the statistics of each campaign of a family, kept as
-- batches arrive by the shared lifecycle (campaigns' MaintainedStatistics); one migration for every campaign family
-- (each service lists db/statistics in quarkus.flyway.locations and runs it in its own schema).
-- batch_version counts the batches stored (bumped in each batch's own transaction; last_batch_id is the batch that
-- bumped it last); statistics (the family's record as JSON: voice's counts and reasons, coverage's samples, bins and
-- streets, billing's reconciliation) reflect statistics_version of them, gathered under basis (what else they depend
-- on, such as voice's good score). A campaign without a row, or whose versions differ, has its statistics gathered
-- again when read; coverage's street inventory, replaced, empties the statistics of its area's open campaigns.
CREATE TABLE campaign_statistics (
    campaign_id        uuid PRIMARY KEY,
    batch_version      bigint NOT NULL,
    last_batch_id      uuid,
    statistics_version bigint,
    basis              text,
    statistics         jsonb
);
