package org.qos.voice.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation only: one row of a CUSTOMER_SURVEY campaign's samples as the API reads it (field names as the
 * service's row schema has them; a test keeps the two equal).
 */
@Schema(name = "SurveyResponseRow", description = "One returned survey form of a CUSTOMER_SURVEY campaign. Unknown"
        + " fields are refused; an optional field that is null counts as absent.",
        requiredProperties = {"respondentId", "channel", "score"},
        additionalProperties = Schema.False.class, example = """
        {"respondentId": "R-0001", "channel": "EMAIL", "handsetModel": "Nokia 105", "usageMonths": 18, "score": 2,
         "reasons": ["NOISE", "DROPPED"]}""")
public record SurveyResponseRow(
        @Schema(description = "The respondent's id, unique in the campaign", maxLength = 64, example = "R-0001")
        String respondentId,
        @Schema(description = "How the form came back", enumeration = {"MAIL", "EMAIL", "FAX", "PHONE"},
                example = "EMAIL") String channel,
        @Schema(description = "The respondent's handset (absent or null: not given)", maxLength = 100,
                nullable = true, example = "Nokia 105") String handsetModel,
        @Schema(description = "Months the respondent has used the service (absent or null: not given)",
                minimum = "0", maximum = "1200", nullable = true, example = "18") Integer usageMonths,
        @Schema(description = "The respondent's opinion, a whole number within the quality profile's scale (1 to 5)",
                example = "2") Integer score,
        @Schema(description = "Reasons for a poor opinion, codes of the appendix (TCN 68-228:2004: LOW_VOLUME,"
                + " DISTORTION, ECHO, CROSSTALK, NOISE, CALL_FAILED, UNREACHABLE, DROPPED), each at most once; only"
                + " with a score of 3 or less. Absent or null: none. In CSV one cell separated by ';'.",
                type = SchemaType.ARRAY, nullable = true, example = "[\"NOISE\", \"DROPPED\"]") List<String> reasons)
        implements VoiceSampleRow {
}
