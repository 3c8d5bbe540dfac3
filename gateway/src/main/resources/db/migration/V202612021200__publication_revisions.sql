-- Revisions (issue 15): a period (from, to) has one current publication. Publishing it again is a new revision that
-- supersedes the previous one and says why (reason); the superseded one stays readable. Revisions are numbered from
-- 1 in the order they were published; a publication's successor is the one whose supersedes names it, so that no
-- published row ever changes (the immutability trigger stays).
ALTER TABLE publication
    ADD COLUMN revision   integer,
    ADD COLUMN supersedes uuid REFERENCES publication (id),
    ADD COLUMN reason     text;

-- The publications of before: revision 1, 2, ... of their period in the order they were published (the latest
-- current), each superseding the one before it. Only this migration, as the table's owner, may update them.
ALTER TABLE publication DISABLE TRIGGER publication_no_update_or_delete;
WITH numbered AS (
    SELECT id,
           row_number() OVER period_order AS revision,
           lag(id) OVER period_order      AS previous
    FROM publication
    WINDOW period_order AS (PARTITION BY period_from, period_to ORDER BY published_at, id)
)
UPDATE publication p
SET revision   = numbered.revision,
    supersedes = numbered.previous,
    reason     = CASE WHEN numbered.previous IS NULL THEN NULL
                      ELSE 'Published again before publications had revisions (numbered by the migration of issue 15)' END
FROM numbered
WHERE p.id = numbered.id;
ALTER TABLE publication ENABLE TRIGGER publication_no_update_or_delete;

ALTER TABLE publication
    ALTER COLUMN revision SET NOT NULL,
    ADD CONSTRAINT publication_revision_positive CHECK (revision >= 1),
    -- revision 1 supersedes nothing; every later revision supersedes one, and says why
    ADD CONSTRAINT publication_revision_supersedes CHECK ((revision = 1) = (supersedes IS NULL)),
    ADD CONSTRAINT publication_revision_reason CHECK (revision = 1 OR reason IS NOT NULL),
    -- two concurrent publications of a period can never both become its revision n, nor both supersede one
    ADD CONSTRAINT publication_period_revision UNIQUE (period_from, period_to, revision),
    ADD CONSTRAINT publication_superseded_once UNIQUE (supersedes);
