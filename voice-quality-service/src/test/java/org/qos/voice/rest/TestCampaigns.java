package org.qos.voice.rest;

import java.util.Map;

import org.qos.campaigns.testing.CampaignRows;

/** Campaigns of another operator, set up in the test database without switching test identities. */
final class TestCampaigns {

    private TestCampaigns() {
    }

    static String insertObjective(String operatorId) {
        return CampaignRows.insert("voice.campaign", operatorId,
                Map.of("area_code", "HN", "method", "OBJECTIVE", "instrument", "P.862.1"));
    }
}
