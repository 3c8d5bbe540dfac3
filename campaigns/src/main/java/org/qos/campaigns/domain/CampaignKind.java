package org.qos.campaigns.domain;

/**
 * A family's kind of campaign as the shared lifecycle needs it.
 *
 * @param noun          how answers name one ("Campaign", "Invoice audit")
 * @param campaignTable schema-qualified table of the campaigns ({@code id, operator_id, closed_at} among others)
 * @param batchTable    schema-qualified log of their uploads
 */
public record CampaignKind(String noun, String campaignTable, String batchTable) {
}
