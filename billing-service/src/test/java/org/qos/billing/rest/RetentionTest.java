package org.qos.billing.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qos.billing.rest.TestData.AUDIT_HEADER;
import static org.qos.billing.rest.TestData.CSV;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.qos.billing.repository.ChargingPartitions;
import org.qos.billing.service.RetentionService;
import org.qos.campaigns.testing.TestClock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The retention purge of invoice audits, driven by the test clock: an unfinished audit keeps every row, however old;
 * a closed one loses its records and lines all together once every one is past the retention, and its result stays.
 */
@QuarkusTest
class RetentionTest {

    @Inject
    TestClock clock;

    @Inject
    RetentionService retention;

    @Inject
    ChargingPartitions partitions;

    static String partitionOf(UUID audit, String recordId) {
        return TestData.text("SELECT tableoid::regclass::text FROM billing.charging_record WHERE campaign_id = ?"
                + " AND record_id = ?", audit, recordId);
    }

    static long records(UUID audit) {
        return TestData.count("SELECT count(*) FROM billing.charging_record WHERE campaign_id = ?", audit);
    }

    static long lines(UUID audit) {
        return TestData.count("SELECT count(*) FROM billing.invoice_line WHERE campaign_id = ?", audit);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void anAuditKeepsEveryRowUntilClosedAndAllPastTheRetentionThenRecordsAndLinesLeaveTogether() {
        clock.reset(); // now = 2026-10-15T09:00+07:00; the cutoff is 180 days earlier: 2026-04-18T09:00+07:00
        UUID audit = UUID.fromString(TestData.audit("PURGE", null, "2026-01-01", "2026-05-31"));
        given().contentType(CSV).body(AUDIT_HEADER
                + "OLD,0243,0912,2026-01-15T10:00:00+07:00,2026-01-15T10:01:00+07:00,800\n"
                + "EDGE-KEPT,0243,0912,2026-04-18T09:00:00+07:00,2026-04-18T09:01:00+07:00,800\n"
                + "EDGE-OLD,0243,0912,2026-04-18T08:59:59+07:00,2026-04-18T09:01:00+07:00,800\n"
                + "SPLIT,0243,0912,2026-04-18T08:00:00+07:00,2026-04-18T08:01:00+07:00,800\n")
                .post("/api/v1/billing/invoice-audits/{id}/charging-records", audit).then().statusCode(200);
        // months without a partition: rows outside the audit's period, which the API refuses (400), as an older
        // release stored them
        insertRecord(audit, "ANCIENT", "2025-06-10T10:00:00+07:00");
        insertRecord(audit, "ANCIENT-2", "2025-07-10T10:00:00+07:00");
        // SPLIT's line says it started later than its record, within the retention: the two still leave together
        given().contentType(CSV).body(AUDIT_HEADER
                + "OLD,0243,0912,2026-01-15T10:00:00+07:00,2026-01-15T10:01:00+07:00,800\n"
                + "SPLIT,0243,0912,2026-04-18T10:00:00+07:00,2026-04-18T10:01:00+07:00,800\n")
                .post("/api/v1/billing/invoice-audits/{id}/invoice-lines", audit).then().statusCode(200);

        assertEquals("billing.charging_record_2026_01", partitionOf(audit, "OLD"));
        assertTrue(partitionOf(audit, "ANCIENT").endsWith("charging_record_default"), partitionOf(audit, "ANCIENT"));
        // creating a month's partition moves its rows out of the default partition
        partitions.ensure(YearMonth.of(2025, 6), YearMonth.of(2025, 6));
        assertEquals("billing.charging_record_2025_06", partitionOf(audit, "ANCIENT"));
        assertTrue(partitionOf(audit, "ANCIENT-2").endsWith("charging_record_default"));
        String open = given().get("/api/v1/billing/invoice-audits/{id}/result", audit).then().statusCode(200)
                .extract().asString();

        // unfinished: nothing of it goes, its old rows are counted as kept, and its partitions stay
        RetentionService.Purged purged = retention.purge();
        assertEquals(OffsetDateTime.parse("2026-04-18T09:00:00+07:00").toInstant(), purged.cutoff());
        assertNull(purged.dropped().skipped());
        assertFalse(purged.dropped().partitions().contains("charging_record_2026_01"), purged.toString());
        assertFalse(purged.dropped().partitions().contains("charging_record_2025_06"), purged.toString());
        assertTrue(purged.dropped().kept().get(ChargingPartitions.CHARGING_RECORDS) >= 5, purged.toString());
        assertTrue(purged.dropped().kept().get(ChargingPartitions.INVOICE_LINES) >= 1, purged.toString());
        assertEquals(6, records(audit));
        assertEquals(2, lines(audit));
        assertEquals(open, given().get("/api/v1/billing/invoice-audits/{id}/result", audit).then().statusCode(200)
                .extract().asString());

        // closed, but EDGE-KEPT and SPLIT's line are within the retention: every row of it waits for them
        String closed = given().post("/api/v1/billing/invoice-audits/{id}/close", audit).then().statusCode(200)
                .extract().asString();
        String frozen = given().get("/api/v1/billing/invoice-audits/{id}/result", audit).then().statusCode(200)
                .extract().asString();
        assertTrue(closed.contains("CLOSED"), closed);
        purged = retention.purge();
        assertEquals(6, records(audit));
        assertEquals(2, lines(audit));
        assertTrue(purged.dropped().kept().get(ChargingPartitions.CHARGING_RECORDS + ChargingPartitions.WAITING) >= 5,
                purged.toString());
        assertTrue(partitions.months().contains(YearMonth.of(2026, 1)));

        // a day after SPLIT's line is past the retention too (2026-10-15 10:00 + 1 day): all of it goes together
        clock.set(OffsetDateTime.parse("2026-10-16T10:00:00+07:00"));
        purged = retention.purge();
        assertEquals(0, records(audit));
        assertEquals(0, lines(audit));
        assertTrue(purged.dropped().removed().get(ChargingPartitions.CHARGING_RECORDS) >= 6, purged.toString());
        assertTrue(purged.dropped().removed().get(ChargingPartitions.INVOICE_LINES) >= 2, purged.toString());
        // a partition is dropped whole only when every row in it may go: 2025-06 held only this audit's row
        assertTrue(purged.dropped().partitions().contains("charging_record_2025_06"), purged.toString());
        assertFalse(partitions.months().contains(YearMonth.of(2025, 6)));
        assertEquals(frozen, given().get("/api/v1/billing/invoice-audits/{id}/result", audit).then().statusCode(200)
                .extract().asString());
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void rowsOfNoCampaignOrAuditGoOncePastTheRetention() {
        UUID nobody = UUID.randomUUID();
        insertRecord(nobody, "STRAY", "2026-01-20T10:00:00+07:00");
        insertRecord(nobody, "STRAY-NEW", "2026-09-20T10:00:00+07:00");
        retention.purge();
        assertEquals(1, records(nobody));
        assertEquals(1, TestData.count("SELECT count(*) FROM billing.charging_record WHERE campaign_id = ?"
                + " AND record_id = 'STRAY-NEW'", nobody));
        clock.set(OffsetDateTime.parse("2027-12-01T09:00:00+07:00"));
        retention.purge();
        assertEquals(0, records(nobody));
    }

    /** A charging record written past the API. */
    static void insertRecord(UUID audit, String recordId, String startedAt) {
        TestData.count("WITH inserted AS (INSERT INTO billing.charging_record (campaign_id, batch_id, row_no, record_id,"
                + " caller, caller_digits, callee, callee_digits, started_at, ended_at, charge)"
                + " VALUES (?, gen_random_uuid(), 1, ?, '0243', '0243', '0912', '0912', ?::timestamptz,"
                + " ?::timestamptz + interval '1 minute', 800) RETURNING 1) SELECT count(*) FROM inserted",
                audit, recordId, startedAt, startedAt);
    }
}
