-- createdByRole beside createdBy (issue 14): whether the regulator or the operator created it. In the regulator's
-- campaigns the measurements and closing are the regulator's. Rows created before this column are OPERATOR.
ALTER TABLE campaign ADD COLUMN created_by_role varchar(16) NOT NULL DEFAULT 'OPERATOR'
    CONSTRAINT campaign_created_by_role CHECK (created_by_role IN ('REGULATOR', 'OPERATOR'));
ALTER TABLE invoice_audit ADD COLUMN created_by_role varchar(16) NOT NULL DEFAULT 'OPERATOR'
    CONSTRAINT invoice_audit_created_by_role CHECK (created_by_role IN ('REGULATOR', 'OPERATOR'));
