package org.qos.complaints.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.qos.common.profile.ProfileProducer;

/** The shipped profile's rules and a few periods, for the plain KPI tests. */
final class KpiTestData {

    static final ComplaintRules RULES = ComplaintRules.from(ProfileProducer.shipped());
    static final ZoneOffset ZONE = ZoneOffset.ofHours(7);
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-10-15T09:00:00+07:00");
    /** Exactly three months: 2026-07-01 to 2026-09-30, 92 days. */
    static final ReportingPeriod Q3 = period("2026-07-01", "2026-09-30");

    private KpiTestData() {
    }

    static ReportingPeriod period(String start, String end) {
        return new ReportingPeriod(LocalDate.parse(start), LocalDate.parse(end), ZONE);
    }
}
