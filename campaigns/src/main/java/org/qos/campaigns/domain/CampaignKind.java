package org.qos.campaigns.domain;

/**
 * A family's kind of campaign as the shared lifecycle needs it.
 *
 * @param noun          how answers name one ("Campaign", "Invoice audit")
 * @param campaignTable schema-qualified table of the campaigns ({@code id, operator_id, closed_at} among others)
 * @param batchTable    schema-qualified log of their uploads
 */
public record CampaignKind(String noun, String campaignTable, String batchTable) {

    /**
     * Where the statistics of the open campaigns are kept, beside the campaign table: {@code <campaignTable>_statistics}
     * (e.g. {@code voice.campaign_statistics}), one row per campaign that has had an upload or a result read.
     */
    public String statisticsTable() {
        return campaignTable + "_statistics";
    }
}
