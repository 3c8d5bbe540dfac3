-- Issue 15, billing's remaining letters: durations are measured, not rounded. The test equipment logs a call's
-- duration to the millisecond and a switch may charge decimal seconds, so both duration columns hold exact decimal
-- seconds with at most three decimals (the service refuses more: it never rounds). Whole seconds stored so far
-- convert losslessly (integer -> numeric). numeric(8,3) holds up to 99,999.999 s; the service accepts 0 to 86,400.
-- charging_record is partitioned: the ALTER reaches its partitions, and the partitions created later
-- (ensure_charging_partition: LIKE billing.charging_record) take the new type.
ALTER TABLE test_call ALTER COLUMN duration_seconds TYPE numeric(8, 3);
ALTER TABLE charging_record ALTER COLUMN duration_seconds TYPE numeric(8, 3);
