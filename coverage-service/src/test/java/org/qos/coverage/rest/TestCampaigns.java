package org.qos.coverage.rest;

import java.math.BigDecimal;
import java.util.Map;

import org.qos.campaigns.testing.CampaignRows;

/** Campaigns of another operator, set up in the test database without switching test identities. */
final class TestCampaigns {

    private TestCampaigns() {
    }

    static String insert(String operatorId, String areaCode) {
        return CampaignRows.insert("coverage.campaign", operatorId,
                Map.of("area_code", areaCode, "threshold_dbm", new BigDecimal("-85"), "bin_meters", 100));
    }
}
