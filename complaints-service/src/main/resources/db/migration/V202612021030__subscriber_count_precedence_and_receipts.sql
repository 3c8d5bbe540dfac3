-- Issue 14: the regulator's subscriber count stands over an operator's for the same as_of, whatever the order in
-- which they were recorded; counts are plausible (1 or more; the ceiling is the service's configuration); the server
-- records its own receipt time beside every date an operator supplies.

-- Who recorded a count: REGULATOR or OPERATOR. Rows recorded before this change are OPERATOR.
ALTER TABLE subscriber_count
    ADD COLUMN recorded_by_role varchar(16) NOT NULL DEFAULT 'OPERATOR'
        CONSTRAINT subscriber_count_role CHECK (recorded_by_role IN ('REGULATOR', 'OPERATOR'));
ALTER TABLE subscriber_count ALTER COLUMN recorded_by_role DROP DEFAULT;
-- new counts are 1 or more (rows stored before stay as they are)
ALTER TABLE subscriber_count ADD CONSTRAINT subscriber_count_positive CHECK (count >= 1) NOT VALID;

-- The count in force: the latest as_of on or before a date; for one as_of the regulator's, then the latest recorded.
DROP INDEX subscriber_count_in_force;
CREATE INDEX subscriber_count_in_force
    ON subscriber_count (operator_id, as_of DESC, (recorded_by_role = 'REGULATOR') DESC, recorded_at DESC);

-- The server's receipt time of the written answer, beside the operator's own responded_at (created_at is the
-- complaint's, recorded_at each contact's).
ALTER TABLE complaint ADD COLUMN response_recorded_at timestamptz;
UPDATE complaint c SET response_recorded_at = k.recorded_at
  FROM complaint_contact k WHERE k.complaint_id = c.id AND k.written;
ALTER TABLE complaint ADD CONSTRAINT complaint_response_recorded
    CHECK ((responded_at IS NULL) = (response_recorded_at IS NULL));

-- The server's receipt time of each support call, beside the operator's own at: the time of the transaction that
-- stored its batch (the COPY leaves the column to its default). Earlier rows take their batch's upload time.
ALTER TABLE support_call ADD COLUMN received_at timestamptz;
UPDATE support_call c SET received_at = b.uploaded_at FROM support_call_batch b WHERE b.id = c.batch_id;
UPDATE support_call SET received_at = now() WHERE received_at IS NULL;
ALTER TABLE support_call ALTER COLUMN received_at SET DEFAULT now();
ALTER TABLE support_call ALTER COLUMN received_at SET NOT NULL;
