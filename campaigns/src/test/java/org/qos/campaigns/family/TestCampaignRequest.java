package org.qos.campaigns.family;

import java.time.LocalDate;

/** A new test campaign as the API takes it. */
public record TestCampaignRequest(String operatorId, String label, LocalDate periodStart, LocalDate periodEnd) {
}
