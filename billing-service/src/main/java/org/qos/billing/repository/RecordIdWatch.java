package org.qos.billing.repository;

/**
 * The record ids of one batch of charging records, watched as they are copied: whether any two may be the same. Each
 * id is kept as a 64-bit hash in an open-addressing table, so a batch whose hashes are all distinct has no repeated id
 * (equal ids hash equally), and the look for repeats after the COPY is skipped; a hash seen twice (a repeat, or two
 * ids that happen to hash alike) sends the batch to that exact look in SQL. Above {@link #MAX_IDS} ids the table is
 * dropped and the SQL look runs, so a batch's watch never holds more than 32 MB. One batch's, not thread-safe.
 */
public final class RecordIdWatch {

    static final int MAX_IDS = 2_000_000;

    private long[] slots = new long[1 << 12];
    private int size;
    private boolean mayRepeat;

    /** One more record id of the batch. */
    public void see(String recordId) {
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
