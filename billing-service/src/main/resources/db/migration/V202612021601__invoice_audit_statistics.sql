-- The kept statistics of each invoice audit (its record and line counts), shaped like the campaigns' (the shared
-- migration db/statistics creates campaign_statistics, which holds the test-call campaigns' reconciliation).
CREATE TABLE invoice_audit_statistics (LIKE campaign_statistics INCLUDING ALL);
