package org.qos.voice.service;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.qos.campaigns.batch.RowReader;
import org.qos.campaigns.batch.RowSchema;
import org.qos.voice.domain.SurveyChannel;
import org.qos.voice.domain.SurveyResponse;
import org.qos.voice.domain.VoiceRules;

/**
 * Rows of a customer survey: {@code respondentId, channel, handsetModel, usageMonths, score, reasons}; reasons
 * are codes of the appendix, given only with a score of 3 or less.
 */
final class SurveyResponseSchema implements RowSchema<SurveyResponse> {

    static final List<String> FIELDS = List.of("respondentId", "channel", "handsetModel", "usageMonths", "score",
            "reasons");
    private static final List<String> REQUIRED = List.of("respondentId", "channel", "score");
    private static final Set<String> CHANNELS = Arrays.stream(SurveyChannel.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private final VoiceRules rules;

    SurveyResponseSchema(VoiceRules rules) {
        this.rules = rules;
    }

    @Override
    public List<String> fields() {
        return FIELDS;
    }

    @Override
    public List<String> requiredFields() {
        return REQUIRED;
    }

    @Override
    public SurveyResponse read(RowReader row) {
        String respondentId = row.text("respondentId", true, 64);
        String channel = row.code("channel", true, CHANNELS);
        String handsetModel = row.text("handsetModel", false, 100);
        Long usageMonths = row.integer("usageMonths", false, 0, 1200);
        Long score = row.integer("score", true, rules.scoreMin().longValueExact(), rules.scoreMax().longValueExact());
        List<String> reasons = row.codes("reasons", rules.surveyReasons());
        if (score != null && !reasons.isEmpty() && !rules.reasonsAllowed(score)) {
            row.error("reasons", "are given only with a score of " + rules.goodScoreMin().stripTrailingZeros()
                    .toPlainString() + " or less (the score is " + score + ")");
        }
        if (row.hasErrors()) {
            return null;
        }
        return new SurveyResponse(respondentId, SurveyChannel.valueOf(channel), handsetModel, usageMonths, score,
                reasons);
    }
}
