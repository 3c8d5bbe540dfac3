package org.qos.voice.service;

import java.util.List;

import org.qos.campaigns.batch.RowReader;
import org.qos.campaigns.batch.RowSchema;
import org.qos.voice.domain.ExpertOpinion;
import org.qos.voice.domain.VoiceRules;

/** Rows of an expert panel: {@code expertId, successfulCalls, score}. */
final class ExpertOpinionSchema implements RowSchema<ExpertOpinion> {

    static final List<String> FIELDS = List.of("expertId", "successfulCalls", "score");

    private final VoiceRules rules;

    ExpertOpinionSchema(VoiceRules rules) {
        this.rules = rules;
    }

    @Override
    public List<String> fields() {
        return FIELDS;
    }

    @Override
    public ExpertOpinion read(RowReader row) {
        String expertId = row.text("expertId", true, 64);
        Long calls = row.integer("successfulCalls", true, 0, 1_000_000);
        Long score = row.integer("score", true, rules.scoreMin().longValueExact(), rules.scoreMax().longValueExact());
        if (row.hasErrors()) {
            return null;
        }
        return new ExpertOpinion(expertId, calls, score, rules.expertExclusion(calls));
    }
}
