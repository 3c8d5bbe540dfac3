package org.qos.voice.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.qos.campaigns.batch.DeclaredRowSchema;
import org.qos.voice.domain.ObjectiveCall;
import org.qos.voice.domain.ScoreInstrument;
import org.qos.voice.domain.VoiceRules;

/** Rows of an objective campaign: {@code callId, startedAt, score, speedKmh, onNet}; score on the instrument's scale. */
final class ObjectiveCallSchema extends DeclaredRowSchema<ObjectiveCall> {

    private static final BigDecimal MAX_SPEED = new BigDecimal("1000");

    private final VoiceRules rules;
    private final Field<String> callId = text("callId", 64);
    private final Field<OffsetDateTime> startedAt = timestamp("startedAt");
    private final Field<BigDecimal> score;
    private final Field<BigDecimal> speed;
    private final Field<Boolean> onNet;

    /**
     * @param instrument the campaign's instrument: its native range bounds the scores. A call counts in its campaign's
     *                   period: it must lie inside exactly.
     */
    ObjectiveCallSchema(ScoreInstrument instrument, VoiceRules rules) {
        this.rules = rules;
        this.score = decimal("score", instrument.scoreMin(), instrument.scoreMax());
        this.speed = decimal("speedKmh", BigDecimal.ZERO, MAX_SPEED);
        this.onNet = bool("onNet");
        inPeriodExactly(startedAt, ObjectiveCall::startedAt);
    }

    @Override
    protected ObjectiveCall build(Values row) {
        return new ObjectiveCall(row.get(callId), row.get(startedAt), row.get(score), row.get(speed), row.get(onNet),
                rules.objectiveExclusion(row.get(onNet), row.get(speed)));
    }
}
