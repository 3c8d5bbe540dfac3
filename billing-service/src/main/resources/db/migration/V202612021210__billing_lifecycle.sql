-- Issue 15, the data lifecycle of billing: a closed campaign's discrepancies are frozen with its result, so that the
-- retention purge may remove its rows without changing what it answers (org.qos.billing.repository.FrozenDiscrepancies).
--
-- frozen_discrepancy: the discrepancy list of a closed campaign, in its order (position from 0), each as the domain's
-- discrepancy in JSON; written in the transaction that closes the campaign (and freezes its results).
-- campaign.frozen_discrepancies: how many were frozen; null while open, and for a campaign closed before this
-- migration until the purge freezes its list from its rows (which have not changed since it was closed), before it
-- removes any of them.
CREATE TABLE frozen_discrepancy (
    campaign_id uuid    NOT NULL REFERENCES campaign (id),
    position    integer NOT NULL CHECK (position >= 0),
    discrepancy jsonb   NOT NULL,
    CONSTRAINT frozen_discrepancy_pk PRIMARY KEY (campaign_id, position)
);
ALTER TABLE campaign ADD COLUMN frozen_discrepancies integer CHECK (frozen_discrepancies >= 0);

-- The purge asks, per closed campaign or audit, whether a row of it is still within the retention (none: all of
-- its rows go together); test calls and invoice lines by campaign and start (charging records have
-- (campaign_id, caller_digits, started_at) per partition, and only the partitions after the cutoff are read).
CREATE INDEX test_call_campaign_started ON test_call (campaign_id, started_at);
CREATE INDEX invoice_line_campaign_started ON invoice_line (campaign_id, started_at);
