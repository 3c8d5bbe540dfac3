package org.qos.voice.rest;

import java.time.ZoneOffset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.campaigns.rest.CampaignFields;
import org.qos.voice.domain.Campaign;
import org.qos.voice.domain.Method;

/** A voice-quality campaign as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "VoiceCampaign", description = "A voice-quality campaign", requiredProperties = {"areaCode", "method"})
public record CampaignView(
        @JsonUnwrapped CampaignFields campaign,
        @Schema(example = "HN") String areaCode,
        Method method,
        @Schema(description = "CUSTOMER_SURVEY: the survey's frame") Long subscriberCount,
        @Schema(description = "OBJECTIVE: the scoring instrument, as stored (campaigns created before instruments"
                + " had mappings may name P.861, which is no longer accepted): P.862 raw PESQ -0.5 to 4.5 (mapped by"
                + " ITU-T P.862.1); P.862.1, P.862.2, P.863 MOS-LQO 1 to 5; G.107 R 0 to 100 (mapped by G.107"
                + " Annex B, an estimate)", example = "P.862.1") String instrument) {

    public static CampaignView of(Campaign campaign, ZoneOffset zone) {
        return new CampaignView(CampaignFields.of(campaign, zone), campaign.getAreaCode(), campaign.getMethod(),
                campaign.getSubscriberCount(), campaign.getInstrument());
    }
}
