package org.qos.voice.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What a KPI result states about its campaign. */
public record CampaignFacts(UUID id, String operatorId, String areaCode, Method method, LocalDate periodStart,
        LocalDate periodEnd, Long subscriberCount, String instrument) {
}
