-- Results whose cost does not grow with the rows (issue 16): the statistics of each campaign, kept as batches arrive
-- by the shared lifecycle (campaigns' MaintainedStatistics). batch_version counts the batches stored (bumped in each
-- batch's own transaction; last_batch_id is the batch that bumped it last); statistics (the family's record as JSON)
-- reflect statistics_version of them, gathered under basis (what else they depend on: the profile's good score).
-- A campaign without a row, or whose versions differ, has its statistics gathered again when read.
CREATE TABLE campaign_statistics (
    campaign_id        uuid PRIMARY KEY,
    batch_version      bigint NOT NULL,
    last_batch_id      uuid,
    statistics_version bigint,
    basis              text,
    statistics         jsonb
);

-- Counts add up over batches: a batch's own rows are counted and added, found by their batch.
CREATE INDEX objective_call_batch ON objective_call (batch_id);
CREATE INDEX survey_response_batch ON survey_response (batch_id);
CREATE INDEX expert_opinion_batch ON expert_opinion (batch_id);
