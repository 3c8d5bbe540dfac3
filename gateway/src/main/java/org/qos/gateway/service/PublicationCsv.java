package org.qos.gateway.service;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.qos.common.csv.CsvExport;
import org.qos.common.profile.QualityProfile;

/**
 * A publication as CSV open data (RFC 4180): one row per KPI result, with the publication, the operator's overall
 * verdict, and the result's value, target, sample, interval and verdict. An empty cell is a null. Cells a spreadsheet
 * would evaluate (operator-supplied text such as an area code starting with {@code =}) are shown as text
 * ({@link CsvExport}). The publication's {@code revision} and the id it {@code supersedes} (empty for revision 1)
 * come after the first thirty, which keep their names and places; then the KPI's display names in Vietnamese and
 * English, as the publication's profile states them ({@code kpiNameVi}, {@code kpiNameEn}; for a publication of
 * before the profile named its KPIs, the names of the profile in force when it is the same standard and version).
 */
public final class PublicationCsv {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("publicationId", "publishedAt", "standard", "profileVersion",
            "periodFrom", "periodTo", "operatorId", "overall", "family", "kpiId", "clause", "areaCode", "campaignId",
            "method", "periodStart", "periodEnd", "value", "unit", "comparator", "target", "sampleTotal",
            "sampleValid", "sampleExcluded", "sampleRequired", "sufficient", "confidenceLevel", "lower", "upper",
            "verdict", "conclusive", "revision", "supersedes", "kpiNameVi", "kpiNameEn");

    private PublicationCsv() {
    }

    /**
     * @param publication  a {@link PublicationDocument} as JSON
     * @param currentNames the KPI names of the profile in force, for a publication whose snapshot names none
     */
    public static String write(JsonNode publication, QualityProfile currentNames) {
        JsonNode names = publication.path("profile").path("kpiNames");
        StringBuilder out = new StringBuilder();
        try (CsvExport printer = CsvExport.to(out, HEADER)) {
            for (JsonNode scorecard : publication.path("scorecards")) {
                for (Map.Entry<String, JsonNode> family : scorecard.path("families").properties()) {
                    for (JsonNode result : family.getValue().path("results")) {
                        printer.row(
                                text(publication, "id"), text(publication, "publishedAt"),
                                text(publication.path("profile"), "standard"),
                                text(publication.path("profile"), "version"),
                                text(publication, "from"), text(publication, "to"),
                                text(scorecard, "operatorId"), text(scorecard, "overall"), family.getKey(),
                                text(result, "kpiId"), text(result, "clause"), text(result, "areaCode"),
                                text(result, "campaignId"), text(result, "method"), text(result, "periodStart"),
                                text(result, "periodEnd"), text(result, "value"), text(result, "unit"),
                                text(result.path("target"), "comparator"), text(result.path("target"), "value"),
                                text(result.path("sample"), "total"), text(result.path("sample"), "valid"),
                                text(result.path("sample"), "excluded"), text(result.path("sample"), "required"),
                                text(result.path("sample"), "sufficient"), text(result.path("confidence"), "level"),
                                text(result.path("confidence"), "lower"), text(result.path("confidence"), "upper"),
                                text(result, "verdict"), text(result, "conclusive"),
                                text(publication, "revision"), text(publication, "supersedes"),
                                name(names, publication, currentNames, text(result, "kpiId"), "vi"),
                                name(names, publication, currentNames, text(result, "kpiId"), "en"));
                    }
                }
            }
        }
        return out.toString();
    }

    /** A KPI's name in a language: the snapshot's, else (same standard and version) the profile in force's. */
    private static String name(JsonNode names, JsonNode publication, QualityProfile current, String kpiId,
            String language) {
        if (kpiId == null) {
            return null;
        }
        if (!names.isMissingNode()) {
            return text(names.path(kpiId), language);
        }
        JsonNode profile = publication.path("profile");
        boolean sameProfile = current.standard().equals(profile.path("standard").asText())
                && current.version().equals(profile.path("version").asText());
        return sameProfile ? current.names(kpiId).get(language) : null;
    }

    /** A field as CSV text: null and absent are an empty cell; numbers keep the digits JSON gave them. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
