package org.qos.complaints.domain;

/** Support calls of a period: answered within the limit, answered later, abandoned (never answered). */
public record SupportCallCounts(long answeredInTime, long answeredLate, long abandoned) {

    public long total() {
        return answeredInTime + answeredLate + abandoned;
    }
}
