package org.qos.coverage.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new drive-test campaign. */
@Schema(name = "CoverageCampaignRequest", description = "A new drive-test campaign. thresholdDbm is required unless the quality profile sets one (TCN 68-228:2004's does not); binMeters defaults to the profile's (100)", example = """
        {"operatorId": "ALPHA", "areaCode": "HN", "periodStart": "2026-07-01", "periodEnd": "2026-09-30",
         "thresholdDbm": -85, "binMeters": 100}""")
public record CampaignRequest(
        @Schema(description = "The measured operator", example = "ALPHA", required = true) String operatorId,
        @Schema(description = "The measured urban area (its street inventory is the one of this code)", example = "HN",
                required = true) String areaCode,
        @Schema(example = "2026-07-01", required = true) LocalDate periodStart,
        @Schema(example = "2026-09-30", required = true) LocalDate periodEnd,
        @Schema(description = "Received level (dBm, -150 to 0) at or above which a bin's median makes it covered."
                + " The copy of TCN 68-228:2004 cuts this value, so its profile sets none and a campaign must state"
                + " it; a profile that sets one makes it the default", example = "-85") BigDecimal thresholdDbm,
        @Schema(description = "Side of the square bins in Web Mercator metres (EPSG:3857); default from the profile"
                + " (100)", example = "100") Integer binMeters) {
}
