package org.qos.complaints.domain;

import java.util.EnumMap;
import java.util.Map;

/** How many complaints were received in a period, by category and channel (missing pairs are zero). */
public final class ReceivedComplaints {

    private final Map<Category, Map<Channel, Long>> counts = new EnumMap<>(Category.class);

    public static ReceivedComplaints none() {
        return new ReceivedComplaints();
    }

    /** Adds {@code n} complaints of a category received through a channel; returns this. */
    public ReceivedComplaints add(Category category, Channel channel, long n) {
        if (n < 0) {
            throw new IllegalArgumentException("a count is never negative");
        }
        counts.computeIfAbsent(category, c -> new EnumMap<>(Channel.class)).merge(channel, n, Long::sum);
        return this;
    }

    public long count(Category category, Channel channel) {
        return counts.getOrDefault(category, Map.of()).getOrDefault(channel, 0L);
    }

    public long ofCategory(Category category) {
        return counts.getOrDefault(category, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Complaints of {@code category} received through a written channel ({@link Channel#WRITTEN}). */
    public long written(Category category) {
        return Channel.WRITTEN.stream().mapToLong(channel -> count(category, channel)).sum();
    }

    public long total() {
        long total = 0;
        for (Category category : Category.values()) {
            total += ofCategory(category);
        }
        return total;
    }
}
