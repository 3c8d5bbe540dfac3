package org.qos.voice.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.qos.campaigns.batch.PeriodField;
import org.qos.campaigns.batch.RowReader;
import org.qos.campaigns.batch.RowSchema;
import org.qos.voice.domain.ObjectiveCall;
import org.qos.voice.domain.ScoreInstrument;
import org.qos.voice.domain.VoiceRules;

/** Rows of an objective campaign: {@code callId, startedAt, score, speedKmh, onNet}; score on the instrument's scale. */
final class ObjectiveCallSchema implements RowSchema<ObjectiveCall> {

    static final List<String> FIELDS = List.of("callId", "startedAt", "score", "speedKmh", "onNet");
    private static final BigDecimal MAX_SPEED = new BigDecimal("1000");

    private final ScoreInstrument instrument;
    private final VoiceRules rules;

    /** @param instrument the campaign's instrument: its native range bounds the scores */
    ObjectiveCallSchema(ScoreInstrument instrument, VoiceRules rules) {
        this.instrument = instrument;
        this.rules = rules;
    }

    @Override
    public List<String> fields() {
        return FIELDS;
    }

    /** A call counts in its campaign's period: it must lie inside exactly. */
    @Override
    public List<PeriodField<ObjectiveCall>> periodFields() {
        return List.of(PeriodField.exact("startedAt", ObjectiveCall::startedAt));
    }

    @Override
    public ObjectiveCall read(RowReader row) {
        String callId = row.text("callId", true, 64);
        OffsetDateTime startedAt = row.timestamp("startedAt", true);
        BigDecimal score = row.decimal("score", true, instrument.scoreMin(), instrument.scoreMax());
        BigDecimal speed = row.decimal("speedKmh", true, BigDecimal.ZERO, MAX_SPEED);
        Boolean onNet = row.bool("onNet", true);
        if (row.hasErrors()) {
            return null;
        }
        return new ObjectiveCall(callId, startedAt, score, speed, onNet, rules.objectiveExclusion(onNet, speed));
    }
}
