-- Voice's statistics add up over batches (counts and the reason histogram): a batch's own rows are counted and added
-- to the campaign's kept statistics (campaign_statistics, the shared migration db/statistics), found by their batch.
CREATE INDEX objective_call_batch ON objective_call (batch_id);
CREATE INDEX survey_response_batch ON survey_response (batch_id);
CREATE INDEX expert_opinion_batch ON expert_opinion (batch_id);
