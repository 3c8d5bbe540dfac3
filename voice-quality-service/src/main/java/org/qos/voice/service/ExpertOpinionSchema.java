package org.qos.voice.service;

import org.qos.campaigns.batch.DeclaredRowSchema;
import org.qos.voice.domain.ExpertOpinion;
import org.qos.voice.domain.VoiceRules;

/** Rows of an expert panel: {@code expertId, successfulCalls, score}. */
final class ExpertOpinionSchema extends DeclaredRowSchema<ExpertOpinion> {

    private final VoiceRules rules;
    private final Field<String> expertId = text("expertId", 64);
    private final Field<Long> calls = integer("successfulCalls", 0, 1_000_000);
    private final Field<Long> score;

    ExpertOpinionSchema(VoiceRules rules) {
        this.rules = rules;
        this.score = integer("score", rules.scoreMin().longValueExact(), rules.scoreMax().longValueExact());
    }

    @Override
    protected ExpertOpinion build(Values row) {
        return new ExpertOpinion(row.get(expertId), row.get(calls), row.get(score), rules.expertExclusion(row.get(calls)));
    }
}
