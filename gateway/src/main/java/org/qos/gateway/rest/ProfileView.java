package org.qos.gateway.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.common.kpi.KpiUnit;
import org.qos.common.kpi.Target;
import org.qos.common.profile.KpiDefinition;
import org.qos.common.profile.QualityProfile;

/** The quality profile as pages and consumers read it: the standard, and each KPI's clause, target and names. */
@Schema(name = "QualityProfile", description = "The quality standard in force: each KPI's clause, unit, target and"
        + " display names in the profile's languages (for TCN 68-228:2004 Vietnamese, in the standard's own words, and"
        + " English)")
public record ProfileView(
        @Schema(example = "TCN 68-228:2004") String standard,
        @Schema(example = "1") String version,
        @Schema(example = "Telephone service on the public urban wireless network PHS - Quality standard") String title,
        @Schema(description = "The profile's time zone: periods are calendar dates there", example = "+07:00")
        String timeZone,
        @Schema(description = "The languages every KPI has a name in", example = "[\"vi\", \"en\"]")
        List<String> languages,
        @Schema(description = "By KPI id (informative KPIs, with no target, included)") Map<String, Kpi> kpis) {

    @Schema(name = "QualityProfileKpi", requiredProperties = {"names"})
    public record Kpi(
            @Schema(description = "The standard's clause", example = "3.4", nullable = true) String clause,
            @Schema(description = "Display names by language code",
                    example = "{\"vi\": \"Chất lượng thoại\", \"en\": \"Voice quality\"}") Map<String, String> names,
            @Schema(nullable = true) KpiUnit unit,
            @Schema(description = "Null for an informative KPI", nullable = true) Target target) {
    }

    public static ProfileView of(QualityProfile profile) {
        Map<String, Kpi> kpis = new LinkedHashMap<>();
        for (String kpiId : new TreeSet<>(union(profile))) {
            KpiDefinition definition = profile.kpis().get(kpiId);
            kpis.put(kpiId, definition == null
                    ? new Kpi(null, profile.names(kpiId), null, null)
                    : new Kpi(definition.clause(), profile.names(kpiId), definition.unit(), definition.target()));
        }
        return new ProfileView(profile.standard(), profile.version(), profile.title(), profile.timeZone(),
                profile.languages(), kpis);
    }

    private static TreeSet<String> union(QualityProfile profile) {
        TreeSet<String> ids = new TreeSet<>(profile.kpis().keySet());
        ids.addAll(profile.kpiNames().keySet());
        return ids;
    }
}
