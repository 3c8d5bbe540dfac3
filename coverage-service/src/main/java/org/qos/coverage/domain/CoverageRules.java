package org.qos.coverage.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.qos.common.kpi.KpiUnit;
import org.qos.common.kpi.Target;
import org.qos.common.profile.KpiDefinition;
import org.qos.common.profile.QualityProfile;

/**
 * The rules of clause 3.5 as the quality profile states them. Plain values: no CDI, no database.
 *
 * @param defaultThresholdDbm the profile's received-level threshold, or null when it sets none (TCN 68-228:2004's
 *                            copy cuts it): then every campaign states its own
 */
public record CoverageRules(
        String standard, String profileVersion, String clause, KpiUnit unit, Target target, double confidenceLevel,
        BigDecimal maxSpeedKmh, BigDecimal minStreetRatio, int defaultBinMeters, BigDecimal defaultThresholdDbm) {

    public static final String KPI_ID = "coverage.outdoor";
    /** The method of every coverage campaign, as the KPI result names it. */
    public static final String METHOD = "DRIVE_TEST";

    public static CoverageRules from(QualityProfile profile) {
        KpiDefinition kpi = profile.kpi(KPI_ID);
        return new CoverageRules(profile.standard(), profile.version(), kpi.clause(), kpi.unit(), kpi.target(),
                profile.level(), kpi.rule("maxSpeedKmh"), kpi.rule("minStreetRatio"),
                kpi.rule("defaultBinMeters").intValueExact(), kpi.optionalRule("thresholdDbm"));
    }

    /** The threshold of a campaign: the one it states, else the profile's; empty when neither sets one. */
    public Optional<BigDecimal> thresholdFor(BigDecimal requested) {
        return Optional.ofNullable(requested != null ? requested : defaultThresholdDbm);
    }

    /** Why a sample is not counted, or null: indoor first, then above the speed limit (exactly the limit counts). */
    public Exclusion exclusion(boolean outdoor, BigDecimal speedKmh) {
        if (!outdoor) {
            return Exclusion.INDOOR;
        }
        return speedKmh.compareTo(maxSpeedKmh) > 0 ? Exclusion.OVER_SPEED : null;
    }

    /** Whether enough streets were measured: measured / inventory >= minStreetRatio, compared exactly. */
    public boolean enoughStreets(StreetCounts streets) {
        if (streets.inventory() == 0) {
            return false;
        }
        return BigDecimal.valueOf(streets.measured())
                .compareTo(minStreetRatio.multiply(BigDecimal.valueOf(streets.inventory()))) >= 0;
    }

    /** The fewest streets of an inventory that must be measured: ceil(minStreetRatio * inventory). */
    public long requiredStreets(long inventory) {
        return minStreetRatio.multiply(BigDecimal.valueOf(inventory)).setScale(0, RoundingMode.CEILING).longValueExact();
    }
}
