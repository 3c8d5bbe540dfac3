package org.qos.coverage.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qos.common.kpi.KpiResult;
import org.qos.common.kpi.SampleSummary;
import org.qos.common.kpi.ShareEvaluation;
import org.qos.common.kpi.Verdict;

/**
 * Clause 3.5: covered bins over measured bins against the profile's target (strictly above 0.90 in
 * TCN 68-228:2004), with the Clopper–Pearson interval over bins, sufficient only when enough of the area's
 * streets were measured. Plain arithmetic over counts the database aggregated.
 */
public final class CoverageKpi {

    /** A value needs at least one valid sample; the method's own rule is the share of streets measured. */
    static final long REQUIRED_VALID_SAMPLES = 1;

    private CoverageKpi() {
    }

    public static KpiResult compute(CampaignFacts campaign, SampleCounts samples, BinCounts bins, StreetCounts streets,
            CoverageRules rules, OffsetDateTime computedAt) {
        boolean enoughStreets = rules.enoughStreets(streets);
        boolean sufficient = samples.valid() >= REQUIRED_VALID_SAMPLES && enoughStreets;
        // the method's minimum is a share of streets, not a number of bins: no minimum in bins for conclusiveSample
        ShareEvaluation evaluation = ShareEvaluation.of(bins.covered(), bins.measured(), rules.target(), 0,
                sufficient, rules.confidenceLevel());

        Map<String, Long> exclusions = new LinkedHashMap<>();
        for (Exclusion reason : Exclusion.values()) {
            long n = samples.exclusions().getOrDefault(reason, 0L);
            if (n > 0) {
                exclusions.put(reason.name(), n);
            }
        }
        SampleSummary sample = new SampleSummary(samples.total(), samples.valid(), samples.excluded(),
                REQUIRED_VALID_SAMPLES, sufficient, exclusions);

        Map<String, Object> binFacts = new LinkedHashMap<>();
        binFacts.put("measured", bins.measured());
        binFacts.put("covered", bins.covered());
        Map<String, Object> streetFacts = new LinkedHashMap<>();
        streetFacts.put("inventory", streets.inventory());
        streetFacts.put("measured", streets.measured());
        streetFacts.put("ratio", streets.inventory() == 0 ? null : (double) streets.measured() / streets.inventory());
        streetFacts.put("required", rules.requiredStreets(streets.inventory()));
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("bins", binFacts);
        extensions.put("streets", streetFacts);
        extensions.put("thresholdDbm", Decimals.plain(campaign.thresholdDbm()));
        extensions.put("binMeters", campaign.binMeters());
        extensions.put("projection", "EPSG:3857");
        evaluation.addConclusiveSampleTo(extensions);

        List<String> notes = new ArrayList<>();
        notes.add("Bins are squares of " + campaign.binMeters() + " m in spherical Web Mercator (EPSG:3857), snapped"
                + " to multiples of " + campaign.binMeters() + " m; a bin is covered when the median received level"
                + " of its valid samples is at least " + campaign.thresholdDbm().toPlainString() + " dBm; "
                + bins.covered() + " of " + bins.measured() + " measured bins are covered.");
        if (samples.excluded() > 0) {
            notes.add(samples.excluded() + " stored samples are excluded from the KPI: " + exclusions
                    + " (indoor, or above " + rules.maxSpeedKmh().toPlainString() + " km/h; a sample that is both"
                    + " counts once, as INDOOR).");
        }
        if (streets.inventory() == 0) {
            notes.add("Area " + campaign.areaCode() + " has no street inventory: the share of streets measured cannot"
                    + " be judged.");
        } else if (!enoughStreets) {
            notes.add("Too few streets measured: " + streets.measured() + " of " + streets.inventory()
                    + " in the inventory, at least " + rules.requiredStreets(streets.inventory()) + " required ("
                    + rules.minStreetRatio().toPlainString() + " of them).");
        }
        if (evaluation.verdict() != Verdict.INSUFFICIENT_DATA && !evaluation.conclusive()) {
            notes.add("Not conclusive: the " + Math.round(rules.confidenceLevel() * 100)
                    + " % confidence interval contains values on both sides of the target.");
        }

        return new KpiResult(CoverageRules.KPI_ID, rules.clause(), rules.standard(), rules.profileVersion(),
                campaign.operatorId(), campaign.areaCode(), campaign.id(), CoverageRules.METHOD,
                campaign.periodStart(), campaign.periodEnd(), computedAt, evaluation.value(), rules.unit(),
                rules.target(), sample, evaluation.confidence(), evaluation.verdict(), evaluation.conclusive(), notes,
                extensions);
    }
}
