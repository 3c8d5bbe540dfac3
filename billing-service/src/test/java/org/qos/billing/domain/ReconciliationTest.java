package org.qos.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every rule of api.md's reconciliation and its boundaries. */
class ReconciliationTest {

    static final Instant T0 = Instant.parse("2026-04-02T02:00:00Z");
    static final String A = "842438251234";
    static final String B = "0912345678";
    static final String C = "0243936000";
    static final int WINDOW = 30;
    static final int TOLERANCE = 1;

    static TestCall call(String id, String caller, String callee, int atSecond, long seconds) {
        return new TestCall(id, caller, callee, Direction.MOBILE, T0.plusSeconds(atSecond), seconds * 1000, false);
    }

    static TestCall excluded(String id, String caller, String callee, int atSecond, long seconds) {
        return new TestCall(id, caller, callee, Direction.MOBILE, T0.plusSeconds(atSecond), seconds * 1000, true);
    }

    static ChargingRecord record(String id, String caller, String callee, int atSecond, long seconds) {
        return new ChargingRecord(id, caller, callee, T0.plusSeconds(atSecond), seconds * 1000);
    }

    /** Seconds as the milliseconds the domain counts. */
    static long ms(long seconds) {
        return seconds * 1000;
    }

    static Reconciliation.Outcome reconcile(List<TestCall> calls, List<ChargingRecord> records) {
        return Reconciliation.reconcile(calls, records, WINDOW, TOLERANCE);
    }

    static ReconciliationCounts counts(Reconciliation.Outcome outcome, List<ChargingRecord> records) {
        return outcome.counts(records.size(), records.stream().mapToLong(ChargingRecord::durationMillis).sum());
    }

    @Test
    void aRecordWithinToleranceAndWindowIsCorrect() {
        List<ChargingRecord> records = List.of(record("R1", A, B, 3, 121));
        var outcome = reconcile(List.of(call("C1", A, B, 0, 120)), records);
        assertTrue(outcome.callDiscrepancies().isEmpty(), outcome.toString());
        assertTrue(outcome.candidatePhantoms().isEmpty());
        ReconciliationCounts counts = counts(outcome, records);
        assertEquals(0, counts.discrepancies());
        assertEquals(1, counts.trials());
        assertEquals(ms(0), counts.errorMillis());
        assertEquals(ms(120), counts.realMillis());
    }

    @Test
    void theToleranceIsComparedWithTheExactDifference() {
        TestCall measured = new TestCall("C1", A, B, Direction.MOBILE, T0, 120_000, false);
        // 121.000 s charged for 120.000 s: exactly the tolerance, correct
        var exactly = reconcile(List.of(measured), List.of(new ChargingRecord("R1", A, B, T0, 121_000)));
        assertTrue(exactly.callDiscrepancies().isEmpty());
        // 121.001 s: one millisecond beyond (rounded to whole seconds it would have passed)
        var beyond = reconcile(List.of(measured), List.of(new ChargingRecord("R1", A, B, T0, 121_001)));
        assertEquals(List.of(new Discrepancy(DiscrepancyKind.WRONG_DURATION, "C1", "R1", 120_000L, 121_001L, 1001)),
                beyond.callDiscrepancies());
        // errors and real durations add up in milliseconds: 301.2 s real, charged 299.75 s
        TestCall decimal = new TestCall("C2", A, B, Direction.MOBILE, T0, 301_200, false);
        List<ChargingRecord> records = List.of(new ChargingRecord("R2", A, B, T0, 299_750));
        ReconciliationCounts counts = counts(reconcile(List.of(decimal), records), records);
        assertEquals(1_450, counts.errorMillis());
        assertEquals(301_200, counts.realMillis());
    }

    @Test
    void toleranceExactlyMetIsCorrectOneSecondMoreIsWrongDuration() {
        var exactly = reconcile(List.of(call("C1", A, B, 0, 120)), List.of(record("R1", A, B, 0, 121)));
        assertTrue(exactly.callDiscrepancies().isEmpty());
        var shorter = reconcile(List.of(call("C1", A, B, 0, 120)), List.of(record("R1", A, B, 0, 119)));
        assertTrue(shorter.callDiscrepancies().isEmpty());

        var beyond = reconcile(List.of(call("C1", A, B, 0, 120)), List.of(record("R1", A, B, 0, 122)));
        assertEquals(List.of(new Discrepancy(DiscrepancyKind.WRONG_DURATION, "C1", "R1", ms(120), ms(122), ms(2))),
                beyond.callDiscrepancies());
        var beyondShort = reconcile(List.of(call("C1", A, B, 0, 120)), List.of(record("R1", A, B, 0, 100)));
        assertEquals(ms(20), beyondShort.callDiscrepancies().get(0).errorMillis());
    }

    @Test
    void windowExactlyMetMatchesOneSecondMoreDoesNot() {
        List<ChargingRecord> inside = List.of(record("R1", A, B, WINDOW, 120));
        assertTrue(reconcile(List.of(call("C1", A, B, 0, 120)), inside).callDiscrepancies().isEmpty());
        List<ChargingRecord> before = List.of(record("R1", A, B, -WINDOW, 120));
        assertTrue(reconcile(List.of(call("C1", A, B, 0, 120)), before).callDiscrepancies().isEmpty());

        List<ChargingRecord> outside = List.of(record("R1", A, B, WINDOW + 1, 120));
        var outcome = reconcile(List.of(call("C1", A, B, 0, 120)), outside);
        assertEquals(List.of(new Discrepancy(DiscrepancyKind.NOT_CHARGED, "C1", null, ms(120), null, ms(120))),
                outcome.callDiscrepancies());
        assertEquals(List.of(new Discrepancy(DiscrepancyKind.PHANTOM, null, "R1", null, ms(120), ms(120))),
                outcome.candidatePhantoms());
        ReconciliationCounts counts = counts(outcome, outside);
        assertEquals(2, counts.discrepancies());
        assertEquals(2, counts.trials(), "the phantom joins the denominator");
        assertEquals(ms(240), counts.errorMillis());
    }

    @Test
    void aSubSecondDifferenceBeyondTheWindowDoesNotMatch() {
        ChargingRecord late = new ChargingRecord("R1", A, B, T0.plusSeconds(WINDOW).plusMillis(1), 120_000);
        var outcome = reconcile(List.of(call("C1", A, B, 0, 120)), List.of(late));
        assertEquals(DiscrepancyKind.NOT_CHARGED, outcome.callDiscrepancies().get(0).kind());
    }

    @Test
    void aSwitchClockSomeSecondsBehindStillPairsEveryCallWithItsOwnRecord() {
        // the switch's clock is 7 s behind the equipment's; calls of one line every 20 s would tempt a nearest-first
        // match across calls if pairs were not taken by smallest difference
        List<TestCall> calls = new ArrayList<>();
        List<ChargingRecord> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(call("C" + i, A, B, i * 200, 60 + i));
            records.add(record("R" + i, A, B, i * 200 - 7, 60 + i));
        }
        var outcome = reconcile(calls, records);
        assertTrue(outcome.callDiscrepancies().isEmpty(), outcome.callDiscrepancies().toString());
        assertTrue(outcome.candidatePhantoms().isEmpty());
        assertEquals(0, counts(outcome, records).discrepancies());
    }

    @Test
    void backToBackCallsOfOneCallerPairByTheSmallestDifference() {
        // one caller, same callee, calls at 0 and 62 s (the first lasts 60 s); records skewed +5 s: R1 at 5, R2 at 67.
        // R2 is 5 s from C2 and 67 s from C1 (outside); R1 is 5 s from C1 and 57 s from C2 (outside). With a window
        // of 60, R1 is in both windows: smallest difference first keeps the right pairs.
        List<TestCall> calls = List.of(call("C1", A, B, 0, 60), call("C2", A, B, 62, 90));
        List<ChargingRecord> records = List.of(record("R1", A, B, 5, 60), record("R2", A, B, 67, 90));
        var outcome = Reconciliation.reconcile(calls, records, 60, TOLERANCE);
        assertTrue(outcome.callDiscrepancies().isEmpty(), outcome.callDiscrepancies().toString());
        assertEquals(2, outcome.usedRecordIds().size());
    }

    @Test
    void equalDifferencesAreTakenByTheCallsStartThenTheRecordId() {
        // C1 at 0 and C2 at 20; R at 10 is 10 s from both: the earlier call takes it
        List<TestCall> calls = List.of(call("C2", A, B, 20, 100), call("C1", A, B, 0, 100));
        var outcome = reconcile(calls, List.of(record("R", A, B, 10, 100)));
        assertEquals(List.of(new Discrepancy(DiscrepancyKind.NOT_CHARGED, "C2", null, ms(100), null, ms(100))),
                outcome.callDiscrepancies());

        // two records at the same distance from one call: the smaller record id is the match, the other a phantom
        var twins = reconcile(List.of(call("C1", A, B, 0, 100)),
                List.of(record("R-b", A, B, 4, 100), record("R-a", A, B, -4, 130)));
        assertEquals(1, twins.candidatePhantoms().size());
        assertEquals("R-b", twins.candidatePhantoms().get(0).recordId());
        assertEquals(List.of(new Discrepancy(DiscrepancyKind.WRONG_DURATION, "C1", "R-a", ms(100), ms(130), ms(30))),
                twins.callDiscrepancies(), "R-a is the match by record id, though R-b has the right duration");
    }

    @Test
    void aDuplicateRecordOfOneCallIsAPhantom() {
        List<ChargingRecord> records = List.of(record("R1", A, B, 0, 120), record("R1-dup", A, B, 0, 120));
        var outcome = reconcile(List.of(call("C1", A, B, 0, 120)), records);
        assertTrue(outcome.callDiscrepancies().isEmpty());
        assertEquals(List.of(new Discrepancy(DiscrepancyKind.PHANTOM, null, "R1-dup", null, ms(120), ms(120))),
                outcome.candidatePhantoms());
        ReconciliationCounts counts = counts(outcome, records);
        assertEquals(1, counts.phantoms());
        assertEquals(1, counts.discrepancies());
        assertEquals(2, counts.trials());
        assertEquals(ms(120), counts.errorMillis());
    }

    @Test
    void numbersAreComparedAsDigitsOnly() {
        assertEquals(A, PhoneNumbers.digits("+84 (24) 3825-1234"));
        assertEquals("", PhoneNumbers.digits("+() -"));
    }

    @Test
    void anUnmatchedCallWithARecordSharingItsCallerIsWrongNumber() {
        List<ChargingRecord> records = List.of(record("R1", A, C, 2, 118));
        var outcome = reconcile(List.of(call("C1", A, B, 0, 120)), records);
        assertEquals(List.of(new Discrepancy(DiscrepancyKind.WRONG_NUMBER, "C1", "R1", ms(120), ms(118), ms(2))),
                outcome.callDiscrepancies());
        assertTrue(outcome.candidatePhantoms().isEmpty(), "the wrong-number record is not also a phantom");
        ReconciliationCounts counts = counts(outcome, records);
        assertEquals(1, counts.discrepancies());
        assertEquals(1, counts.trials());
        assertEquals(Map.of(DiscrepancyKind.NOT_CHARGED, 0L, DiscrepancyKind.PHANTOM, 0L,
                DiscrepancyKind.WRONG_NUMBER, 1L, DiscrepancyKind.WRONG_DURATION, 0L), counts.byKind());
    }

    @Test
    void aRecordSharingOnlyTheCalleeIsWrongNumberTooAndTheNearestIsTaken() {
        List<ChargingRecord> records = List.of(record("R-far", C, B, 20, 120), record("R-near", C, B, -3, 125));
        var outcome = reconcile(List.of(call("C1", A, B, 0, 120)), records);
        assertEquals(List.of(new Discrepancy(DiscrepancyKind.WRONG_NUMBER, "C1", "R-near", ms(120), ms(125), ms(5))),
                outcome.callDiscrepancies());
        assertEquals("R-far", outcome.candidatePhantoms().get(0).recordId());
    }

    @Test
    void aRecordSharingNeitherNumberLeavesTheCallNotCharged() {
        String d = "0987654321";
        var outcome = reconcile(List.of(call("C1", A, B, 0, 120)), List.of(record("R1", C, d, 0, 120)));
        assertEquals(DiscrepancyKind.NOT_CHARGED, outcome.callDiscrepancies().get(0).kind());
        assertEquals(1, outcome.candidatePhantoms().size());
    }

    @Test
    void exactMatchesComeBeforeWrongNumbers() {
        // R1 is C2's exact record; it also shares C1's caller and is nearer to C1. C1 must not take it.
        List<TestCall> calls = List.of(call("C1", A, B, 0, 100), call("C2", A, C, 20, 100));
        var outcome = reconcile(calls, List.of(record("R1", A, C, 1, 100)));
        assertEquals(List.of(new Discrepancy(DiscrepancyKind.NOT_CHARGED, "C1", null, ms(100), null, ms(100))),
                outcome.callDiscrepancies());
    }

    @Test
    void excludedCallsTakeTheirRecordsButAreNoDiscrepancy() {
        // C1 (45 s) is excluded; its record matches it and so is no phantom; C2 is valid and correct
        List<TestCall> calls = List.of(excluded("C1", A, B, 0, 45), call("C2", A, B, 10, 100));
        List<ChargingRecord> records = List.of(record("R1", A, B, 1, 45), record("R2", A, B, 11, 100));
        var outcome = reconcile(calls, records);
        assertTrue(outcome.callDiscrepancies().isEmpty());
        assertTrue(outcome.candidatePhantoms().isEmpty());
        ReconciliationCounts counts = counts(outcome, records);
        assertEquals(1, counts.validCalls());
        assertEquals(ms(100), counts.realMillis());
        assertEquals(0, counts.discrepancies());

        // an excluded call without a record is not NOT_CHARGED, and it does not take a wrong-number record
        var alone = reconcile(List.of(excluded("C1", A, B, 0, 400)), List.of(record("R1", A, C, 0, 400)));
        assertTrue(alone.callDiscrepancies().isEmpty());
        assertEquals(1, alone.candidatePhantoms().size());
    }

    @Test
    void anExcludedCallCompetesForRecordsInMatching() {
        // the excluded call C1 is nearer to R1 than the valid C2: C1 takes it, and C2 is not charged
        List<TestCall> calls = List.of(excluded("C1", A, B, 0, 30), call("C2", A, B, 20, 100));
        var outcome = reconcile(calls, List.of(record("R1", A, B, 2, 30)));
        assertEquals(List.of(new Discrepancy(DiscrepancyKind.NOT_CHARGED, "C2", null, ms(100), null, ms(100))),
                outcome.callDiscrepancies());
        assertTrue(outcome.candidatePhantoms().isEmpty());
    }

    @Test
    void recordsOutsideTheCandidatesCountAsPhantomsThroughTheTotals() {
        List<ChargingRecord> candidates = List.of(record("R1", A, B, 0, 120));
        var outcome = reconcile(List.of(call("C1", A, B, 0, 120)), candidates);
        // the campaign holds 3 more records, 300 s in all, far from any call
        ReconciliationCounts counts = outcome.counts(4, ms(420));
        assertEquals(3, counts.phantoms());
        assertEquals(3, counts.discrepancies());
        assertEquals(4, counts.trials());
        assertEquals(ms(300), counts.errorMillis());
    }

    @Test
    void wrongCallsAndWrongTimeOfAMixedCampaign() {
        List<TestCall> calls = List.of(call("OK", A, B, 0, 100), call("DUR", A, B, 1000, 100),
                call("NUM", A, B, 2000, 100), call("NOT", A, B, 3000, 100));
        List<ChargingRecord> records = List.of(record("R-ok", A, B, 0, 101), record("R-dur", A, B, 1000, 110),
                record("R-num", A, C, 2000, 97), record("R-ghost", C, B, 5000, 50));
        ReconciliationCounts counts = counts(reconcile(calls, records), records);
        assertEquals(4, counts.validCalls());
        assertEquals(4, counts.discrepancies()); // DUR, NUM, NOT, ghost
        assertEquals(5, counts.trials());
        assertEquals(ms(10 + 3 + 100 + 50), counts.errorMillis());
        assertEquals(ms(400), counts.realMillis());
    }
}
