-- A batch's statistics are now counted as its rows are copied and added to the campaign's kept statistics in the
-- batch's own transaction (campaigns' BatchTally, voice's SampleTally): no query selects a batch's rows any more, so
-- the batch_id indexes of V202612021601 only cost every COPY their maintenance. What each sample table keeps:
-- its primary key (campaign_id, <row id>), the rule that a row id is unique in its campaign (409 / 400), which also
-- serves the statistics query and the deletion of a campaign's rows (both by campaign_id, its leading column).
DROP INDEX objective_call_batch;
DROP INDEX survey_response_batch;
DROP INDEX expert_opinion_batch;
