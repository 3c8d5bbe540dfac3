package org.qos.complaints.domain;

/**
 * The complaints whose due time lies in a period, by how they stand at the time of the request: answered in
 * writing on time (respondedAt <= due), answered late, open and past due (late), open and not yet due (pending).
 */
public record ResponseCounts(long onTime, long answeredLate, long overdueOpen, long pending) {

    public ResponseCounts {
        if (onTime < 0 || answeredLate < 0 || overdueOpen < 0 || pending < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    /** Complaints whose outcome is known: on time, or late (answered late or open past due). */
    public long counted() {
        return onTime + answeredLate + overdueOpen;
    }

    public long late() {
        return answeredLate + overdueOpen;
    }

    public long total() {
        return counted() + pending;
    }
}
