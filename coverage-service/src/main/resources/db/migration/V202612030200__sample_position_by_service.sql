-- The Web Mercator position of a drive-test sample (merc_x, merc_y) is computed by the service (WebMercator) and
-- stored with the sample, no longer by PostgreSQL: the service counts a campaign's first batch into its bins as the
-- rows stream, from the very numbers the statistics query reads afterwards, so that both agree to the last bit
-- (PostgreSQL's ln and tan and Java's may differ there, and a bin's edge is decided by it). Existing rows keep their
-- positions; no rewrite.
ALTER TABLE sample ALTER COLUMN merc_x DROP EXPRESSION, ALTER COLUMN merc_y DROP EXPRESSION;
