package org.qos.billing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Clause 3.6's reconciliation of the test equipment's calls (the truth) with the operator's charging records, by
 * api.md's rules. Plain arithmetic: no CDI, no database.
 * <ol>
 * <li>Matching: a record matches a call when caller and callee digits are equal and the starts differ by at most
 * the window (exactly the window matches). Candidate pairs are taken in order of smallest start difference, ties
 * by the call's start, then by record id (then by call id, so that the order is total); a pair is taken when
 * neither its call nor its record is taken yet. Every call takes part, excluded ones included.</li>
 * <li>Wrong numbers: a valid call left unmatched is paired, in the same order and one to one, with an unmatched
 * record in the window that shares its caller or its callee.</li>
 * <li>Classification of the valid calls: matched within the tolerance (exactly the tolerance is correct) is
 * correct; matched beyond it {@code WRONG_DURATION}; paired by step 2 {@code WRONG_NUMBER}; otherwise
 * {@code NOT_CHARGED}. Durations are exact milliseconds (never rounded to seconds); the tolerance is compared
 * with the exact difference. A record neither matched nor paired is {@code PHANTOM} (a second record of one call is
 * one). A record matched to an excluded call is no discrepancy.</li>
 * </ol>
 * The records given need only be the candidates: those in the window of some call that share its caller or its
 * callee. Every other record of the campaign is a phantom whatever happens, so the database counts those
 * ({@link Outcome#counts(long, long)}).
 */
public final class Reconciliation {

    private Reconciliation() {
    }

    /** A call and a record that may be paired, with their start-time difference. */
    private record Pair(TestCall call, ChargingRecord record, long differenceNanos) {
    }

    /** Smallest start difference, then the call's start, then the record id, then the call id. */
    private static final Comparator<Pair> ORDER = Comparator.comparingLong(Pair::differenceNanos)
            .thenComparing(pair -> pair.call().startedAt())
            .thenComparing(pair -> pair.record().recordId())
            .thenComparing(pair -> pair.call().callId());

    /**
     * What reconciliation found among the calls and the candidate records.
     *
     * @param callDiscrepancies     discrepancies of valid calls, by call start then call id
     * @param candidatePhantoms     candidate records left unmatched, by start then record id
     * @param usedRecordIds         records matched to a call or paired as a wrong number
     * @param usedRecordedMillis    their recorded durations, summed (milliseconds)
     * @param validCalls            calls not excluded
     * @param realMillis            real durations of the valid calls, summed (milliseconds)
     * @param directions            directions present among the valid calls
     */
    public record Outcome(List<Discrepancy> callDiscrepancies, List<Discrepancy> candidatePhantoms,
            Set<String> usedRecordIds, long usedRecordedMillis, long validCalls, long realMillis,
            Set<Direction> directions) {

        /**
         * The counts of the KPIs, given all records of the campaign (count and recorded milliseconds): every record
         * not used is a phantom.
         */
        public ReconciliationCounts counts(long totalRecords, long totalRecordedMillis) {
            Map<DiscrepancyKind, Long> byKind = new EnumMap<>(DiscrepancyKind.class);
            for (DiscrepancyKind kind : DiscrepancyKind.values()) {
                byKind.put(kind, 0L);
            }
            long callErrors = 0;
            for (Discrepancy discrepancy : callDiscrepancies) {
                byKind.merge(discrepancy.kind(), 1L, Long::sum);
                callErrors += discrepancy.errorMillis();
            }
            long phantoms = totalRecords - usedRecordIds.size();
            long phantomMillis = totalRecordedMillis - usedRecordedMillis;
            byKind.put(DiscrepancyKind.PHANTOM, phantoms);
            return new ReconciliationCounts(validCalls, callDiscrepancies.size() + phantoms, phantoms,
                    callErrors + phantomMillis, realMillis, byKind, directions);
        }
    }

    public static Outcome reconcile(Collection<TestCall> calls, Collection<ChargingRecord> records,
            long matchWindowSeconds, long toleranceSeconds) {
        long windowNanos = Duration.ofSeconds(matchWindowSeconds).toNanos();
        Map<String, List<ChargingRecord>> byCaller = index(records, true);
        Map<String, List<ChargingRecord>> byCallee = index(records, false);

        List<Pair> exact = new ArrayList<>();
        List<Pair> sharing = new ArrayList<>();
        for (TestCall call : calls) {
            for (ChargingRecord record : inWindow(byCaller.get(call.callerDigits()), call.startedAt(), windowNanos)) {
                Pair pair = new Pair(call, record, differenceNanos(call, record));
                if (record.calleeDigits().equals(call.calleeDigits())) {
                    exact.add(pair);
                } else if (!call.excluded()) {
                    sharing.add(pair);
                }
            }
            if (!call.excluded()) {
                for (ChargingRecord record : inWindow(byCallee.get(call.calleeDigits()), call.startedAt(), windowNanos)) {
                    if (!record.callerDigits().equals(call.callerDigits())) {
                        sharing.add(new Pair(call, record, differenceNanos(call, record)));
                    }
                }
            }
        }

        Map<String, ChargingRecord> matched = new HashMap<>();
        Set<String> usedRecords = new HashSet<>();
        take(exact, matched, usedRecords);
        Map<String, ChargingRecord> wrongNumbers = new HashMap<>();
        Set<String> matchedCalls = matched.keySet();
        List<Pair> open = sharing.stream().filter(pair -> !matchedCalls.contains(pair.call().callId())).toList();
        take(open, wrongNumbers, usedRecords);

        List<TestCall> ordered = new ArrayList<>(calls);
        ordered.sort(Comparator.comparing(TestCall::startedAt).thenComparing(TestCall::callId));
        List<Discrepancy> callDiscrepancies = new ArrayList<>();
        long validCalls = 0;
        long realMillis = 0;
        long toleranceMillis = Math.multiplyExact(toleranceSeconds, 1000L);
        Set<Direction> directions = EnumSet.noneOf(Direction.class);
        for (TestCall call : ordered) {
            if (call.excluded()) {
                continue;
            }
            validCalls++;
            realMillis += call.durationMillis();
            directions.add(call.direction());
            long real = call.durationMillis();
            ChargingRecord record = matched.get(call.callId());
            if (record != null) {
                long error = Math.abs(record.durationMillis() - real);
                if (error > toleranceMillis) {
                    callDiscrepancies.add(new Discrepancy(DiscrepancyKind.WRONG_DURATION, call.callId(),
                            record.recordId(), real, record.durationMillis(), error));
                }
                continue;
            }
            record = wrongNumbers.get(call.callId());
            if (record != null) {
                callDiscrepancies.add(new Discrepancy(DiscrepancyKind.WRONG_NUMBER, call.callId(), record.recordId(),
                        real, record.durationMillis(), Math.abs(record.durationMillis() - real)));
            } else {
                callDiscrepancies.add(new Discrepancy(DiscrepancyKind.NOT_CHARGED, call.callId(), null, real, null,
                        real));
            }
        }

        List<ChargingRecord> unused = new ArrayList<>();
        long usedMillis = 0;
        Set<String> seen = new HashSet<>();
        for (ChargingRecord record : records) {
            if (!seen.add(record.recordId())) {
                throw new IllegalArgumentException("record " + record.recordId() + " is given twice");
            }
            if (usedRecords.contains(record.recordId())) {
                usedMillis += record.durationMillis();
            } else {
                unused.add(record);
            }
        }
        unused.sort(Comparator.comparing(ChargingRecord::startedAt).thenComparing(ChargingRecord::recordId));
        List<Discrepancy> phantoms = unused.stream().map(record -> new Discrepancy(DiscrepancyKind.PHANTOM, null,
                record.recordId(), null, record.durationMillis(), record.durationMillis())).toList();
        return new Outcome(List.copyOf(callDiscrepancies), phantoms, Set.copyOf(usedRecords), usedMillis, validCalls,
                realMillis, directions);
    }

    /** Greedy one-to-one: pairs in {@link #ORDER}, each taken when its call and its record are both free. */
    private static void take(List<Pair> pairs, Map<String, ChargingRecord> taken, Set<String> usedRecords) {
        List<Pair> sorted = new ArrayList<>(pairs);
        sorted.sort(ORDER);
        for (Pair pair : sorted) {
            if (!taken.containsKey(pair.call().callId()) && !usedRecords.contains(pair.record().recordId())) {
                taken.put(pair.call().callId(), pair.record());
                usedRecords.add(pair.record().recordId());
            }
        }
    }

    private static long differenceNanos(TestCall call, ChargingRecord record) {
        return Math.abs(Duration.between(call.startedAt(), record.startedAt()).toNanos());
    }

    private static Map<String, List<ChargingRecord>> index(Collection<ChargingRecord> records, boolean byCaller) {
        Map<String, List<ChargingRecord>> index = new HashMap<>();
        for (ChargingRecord record : records) {
            index.computeIfAbsent(byCaller ? record.callerDigits() : record.calleeDigits(), k -> new ArrayList<>())
                    .add(record);
        }
        for (List<ChargingRecord> list : index.values()) {
            list.sort(Comparator.comparing(ChargingRecord::startedAt));
        }
        return index;
    }

    /** The records of a sorted list whose start lies within the window around {@code start} (bounds included). */
    private static List<ChargingRecord> inWindow(List<ChargingRecord> sorted, Instant start, long windowNanos) {
        if (sorted == null) {
            return List.of();
        }
        Instant from = start.minusNanos(windowNanos);
        Instant to = start.plusNanos(windowNanos);
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).startedAt().isBefore(from)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<ChargingRecord> found = new ArrayList<>();
        for (int i = low; i < sorted.size() && !sorted.get(i).startedAt().isAfter(to); i++) {
            found.add(sorted.get(i));
        }
        return found;
    }
}
