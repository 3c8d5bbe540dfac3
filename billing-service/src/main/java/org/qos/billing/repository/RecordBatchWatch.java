package org.qos.billing.repository;

import org.qos.billing.domain.ChargingRecordRow;
import org.qos.billing.domain.Durations;

/**
 * One batch of charging records, watched as they are copied: how many, their recorded duration, and whether any two
 * of their ids may be the same. The count and the duration are added to the campaign's record totals in the batch's
 * transaction ({@link BillingTables#chargingRecords}), so that its reconciliation never counts the rows again. Each
 * id is kept as a 64-bit hash in an open-addressing table, so a batch whose hashes are all distinct has no repeated id
 * (equal ids hash equally), and the look for repeats after the COPY is skipped; a hash seen twice (a repeat, or two
 * ids that happen to hash alike) sends the batch to that exact look in SQL. Above {@link #MAX_IDS} ids the table is
 * dropped and the SQL look runs, so a batch's watch never holds more than 32 MB. One batch's, not thread-safe.
 */
public final class RecordBatchWatch {

    static final int MAX_IDS = 2_000_000;

    private long[] slots = new long[1 << 12];
    private int size;
    private boolean mayRepeat;
    private long records;
    private long recordedMillis;

    /** One more record of the batch. */
    public void see(ChargingRecordRow record) {
        records++;
        if (record.durationSeconds() != null) {
            recordedMillis += Durations.millis(record.durationSeconds());
        }
        seeId(record.recordId());
    }

    /** Records seen. */
    public long records() {
        return records;
    }

    /** Their recorded durations summed, milliseconds (a record without a duration, an audit's, adds none). */
    public long recordedMillis() {
        return recordedMillis;
    }

    /** One more record id of the batch. */
    void seeId(String recordId) {
        if (mayRepeat) {
            return;
        }
        long hash = hash(recordId);
        int mask = slots.length - 1;
        for (int at = (int) hash & mask; ; at = (at + 1) & mask) {
            if (slots[at] == 0) {
                slots[at] = hash;
                break;
            }
            if (slots[at] == hash) {
                repeatOrTooMany();
                return;
            }
        }
        if (++size == MAX_IDS) {
            repeatOrTooMany();
        } else if (size * 2 > slots.length) {
            grow();
        }
    }

    /** False when no two ids of the batch are the same; true when they may be (then SQL decides). */
    public boolean mayRepeat() {
        return mayRepeat;
    }

    private void repeatOrTooMany() {
        mayRepeat = true;
        slots = null;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long hash : old) {
            if (hash != 0) {
                int at = (int) hash & mask;
                while (slots[at] != 0) {
                    at = (at + 1) & mask;
                }
                slots[at] = hash;
            }
        }
    }

    /** A 64-bit hash of the id's characters (FNV-1a, then MurmurHash3's finalizer to spread the low bits); never 0. */
    static long hash(String id) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            hash = (hash ^ id.charAt(i)) * 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash == 0 ? 1 : hash;
    }
}
