package org.qos.campaigns.family;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One row of the test family: an id unique within its campaign, a timestamp, a score and a flag. */
public record TestRow(String rowId, OffsetDateTime measuredAt, BigDecimal score, Boolean ok) {
}
