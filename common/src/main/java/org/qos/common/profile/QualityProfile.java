package org.qos.common.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A quality standard as data: thresholds, comparators, minimum samples and sample rules of every KPI. The first
 * profile is TCN 68-228:2004 (resource {@value #DEFAULT_RESOURCE}); a regulator loads another one by pointing
 * {@code qos.profile.location} at a file of the same shape.
 */
@io.quarkus.runtime.annotations.RegisterForReflection(targets = {QualityProfile.class, KpiDefinition.class,
        InstrumentDefinition.class, MappingDefinition.class, org.qos.common.kpi.Target.class})
public record QualityProfile(String standard, String title, String version, String timeZone,
        BigDecimal confidenceLevel, List<String> languages, Map<String, Map<String, String>> kpiNames,
        Map<String, KpiDefinition> kpis) {

    public static final String DEFAULT_RESOURCE = "profiles/tcn-68-228-2004.json";

    public QualityProfile {
        kpis = Map.copyOf(kpis);
        languages = languages == null ? List.of() : List.copyOf(languages);
        kpiNames = kpiNames == null ? Map.of() : kpiNames.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Map.copyOf(entry.getValue())));
    }

    /**
     * The display names of a KPI in the profile's languages (for TCN 68-228:2004 the Vietnamese name in the
     * standard's own words, and the English one), keyed by language code; empty when the profile names none.
     */
    public Map<String, String> names(String kpiId) {
        return kpiNames.getOrDefault(kpiId, Map.of());
    }

    public KpiDefinition kpi(String kpiId) {
        KpiDefinition definition = kpis.get(kpiId);
        if (definition == null) {
            throw new IllegalStateException("The quality profile " + standard + " has no KPI '" + kpiId + "'");
        }
        return definition;
    }

    /** The profile's time zone, in which periods are calendar dates. */
    public ZoneOffset zone() {
        return ZoneOffset.of(timeZone);
    }

    public double level() {
        return confidenceLevel.doubleValue();
    }

    /** Reads and checks a profile document. */
    public static QualityProfile read(InputStream json) {
        try {
            ObjectMapper mapper = new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
            QualityProfile profile = mapper.readValue(json, QualityProfile.class);
            profile.check();
            return profile;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the quality profile: " + e.getMessage(), e);
        }
    }

    private void check() {
        if (standard == null || version == null || timeZone == null || confidenceLevel == null || kpis == null) {
            throw new IllegalStateException("A quality profile needs standard, version, timeZone, confidenceLevel and kpis");
        }
        zone();
        // every KPI named in every language the profile lists (a page in that language never shows a bare id)
        for (String kpiId : kpis.keySet()) {
            for (String language : languages) {
                String name = names(kpiId).get(language);
                if (name == null || name.isBlank()) {
                    throw new IllegalStateException("KPI '" + kpiId + "' of the profile has no name in '" + language
                            + "' (kpiNames), a language the profile lists");
                }
            }
        }
        kpis.forEach((id, kpi) -> {
            if (kpi.target() == null || kpi.target().comparator() == null || kpi.target().value() == null
                    || kpi.unit() == null || kpi.clause() == null) {
                throw new IllegalStateException("KPI '" + id + "' of the profile needs clause, unit and target");
            }
        });
    }
}
