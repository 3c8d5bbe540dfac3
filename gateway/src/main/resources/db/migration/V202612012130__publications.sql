-- Published scorecards: one row per publication, an immutable snapshot of every operator's scorecard for a period
-- (results, profile, methods and sample sizes), kept as the JSON the public reads.
CREATE TABLE publication (
    id               uuid PRIMARY KEY,
    period_from      date        NOT NULL,
    period_to        date        NOT NULL CHECK (period_to >= period_from),
    published_at     timestamptz NOT NULL,
    published_by     text        NOT NULL,
    profile_standard text        NOT NULL,
    profile_version  text        NOT NULL,
    -- JSON [{"operatorId": "ALPHA", "overall": "PASS"}, ...], for the listing
    operators        text        NOT NULL,
    -- the whole publication as JSON, byte for byte as published and served (text, not jsonb, which would reorder it)
    snapshot         text        NOT NULL,
    snapshot_sha256  text        NOT NULL
);

CREATE INDEX publication_newest_first ON publication (published_at DESC, id DESC);

-- Immutable: a published snapshot is never updated nor deleted (a correction is a new publication).
CREATE FUNCTION publication_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'publication % is immutable', OLD.id USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER publication_no_update_or_delete
    BEFORE UPDATE OR DELETE ON publication
    FOR EACH ROW EXECUTE FUNCTION publication_is_immutable();
