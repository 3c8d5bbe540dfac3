package org.qos.coverage.domain;

import java.math.BigDecimal;

/** One street of an area's inventory. */
public record Street(String streetId, String name, BigDecimal lengthMeters) {
}
