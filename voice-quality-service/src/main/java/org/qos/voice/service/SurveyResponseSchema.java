package org.qos.voice.service;

import java.util.List;

import org.qos.campaigns.batch.DeclaredRowSchema;
import org.qos.voice.domain.SurveyChannel;
import org.qos.voice.domain.SurveyResponse;
import org.qos.voice.domain.VoiceRules;

/**
 * Rows of a customer survey: {@code respondentId, channel, handsetModel, usageMonths, score, reasons}; reasons
 * are codes of the appendix, given only with a score of 3 or less.
 */
final class SurveyResponseSchema extends DeclaredRowSchema<SurveyResponse> {

    private final VoiceRules rules;
    private final Field<String> respondentId = text("respondentId", 64);
    private final Field<SurveyChannel> channel = code("channel", SurveyChannel.class);
    private final Field<String> handsetModel = text("handsetModel", 100).optional();
    private final Field<Long> usageMonths = integer("usageMonths", 0, 1200).optional();
    private final Field<Long> score;
    private final Field<List<String>> reasons;

    SurveyResponseSchema(VoiceRules rules) {
        this.rules = rules;
        this.score = integer("score", rules.scoreMin().longValueExact(), rules.scoreMax().longValueExact());
        this.reasons = codes("reasons", rules.surveyReasons());
    }

    @Override
    protected void check(Values row) {
        Long given = row.get(score);
        if (given != null && !row.get(reasons).isEmpty() && !rules.reasonsAllowed(given)) {
            row.error(reasons, "are given only with a score of " + rules.goodScoreMin().stripTrailingZeros()
                    .toPlainString() + " or less (the score is " + given + ")");
        }
    }

    @Override
    protected SurveyResponse build(Values row) {
        return new SurveyResponse(row.get(respondentId), row.get(channel), row.get(handsetModel), row.get(usageMonths),
                row.get(score), row.get(reasons));
    }
}
