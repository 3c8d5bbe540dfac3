-- createdByRole beside createdBy, as every family's campaign table has it (rows created before it: OPERATOR).
ALTER TABLE campaign ADD COLUMN created_by_role varchar(16) NOT NULL DEFAULT 'OPERATOR'
    CHECK (created_by_role IN ('REGULATOR', 'OPERATOR'));
