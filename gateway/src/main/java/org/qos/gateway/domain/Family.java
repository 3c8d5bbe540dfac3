package org.qos.gateway.domain;

import java.util.Optional;

/** The KPI families, one per service; {@link #key()} is the path segment under {@code /api/v1/}. */
public enum Family {
    VOICE("voice"),
    COVERAGE("coverage"),
    BILLING("billing"),
    COMPLAINTS("complaints");

    private final String key;

    Family(String key) {
        this.key = key;
    }

    /** The path segment and configuration key: {@code voice}, {@code coverage}, {@code billing}, {@code complaints}. */
    public String key() {
        return key;
    }

    /** The prefix of every path the family's service serves, e.g. {@code /api/v1/voice}. */
    public String apiPrefix() {
        return "/api/v1/" + key;
    }

    public static Optional<Family> ofKey(String key) {
        for (Family family : values()) {
            if (family.key.equals(key)) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }
}
