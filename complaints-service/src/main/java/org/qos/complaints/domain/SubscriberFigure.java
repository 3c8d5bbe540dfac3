package org.qos.complaints.domain;

import java.time.LocalDate;

/** The operator's customers in force at a date: the latest reported count as of that date or before. */
public record SubscriberFigure(long count, LocalDate asOf) {
}
