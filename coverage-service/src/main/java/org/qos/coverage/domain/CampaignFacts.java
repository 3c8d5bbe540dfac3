package org.qos.coverage.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What a KPI result states about its campaign. */
public record CampaignFacts(UUID id, String operatorId, String areaCode, LocalDate periodStart, LocalDate periodEnd,
        BigDecimal thresholdDbm, int binMeters) {
}
