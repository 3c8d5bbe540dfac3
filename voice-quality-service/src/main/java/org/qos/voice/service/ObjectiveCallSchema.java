package org.qos.voice.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.qos.campaigns.batch.RowReader;
import org.qos.campaigns.batch.RowSchema;
import org.qos.voice.domain.ObjectiveCall;
import org.qos.voice.domain.VoiceRules;

/** Rows of an objective campaign: {@code callId, startedAt, score, speedKmh, onNet}. */
final class ObjectiveCallSchema implements RowSchema<ObjectiveCall> {

    static final List<String> FIELDS = List.of("callId", "startedAt", "score", "speedKmh", "onNet");
    private static final BigDecimal MAX_SPEED = new BigDecimal("1000");

    private final VoiceRules rules;
    private final OffsetDateTime periodFrom;
    private final OffsetDateTime periodUntil;
    private final String periodText;

    ObjectiveCallSchema(VoiceRules rules, LocalDate periodStart, LocalDate periodEnd, ZoneOffset zone) {
        this.rules = rules;
        this.periodFrom = periodStart.atStartOfDay().atOffset(zone);
        this.periodUntil = periodEnd.plusDays(1).atStartOfDay().atOffset(zone);
        this.periodText = periodStart + " to " + periodEnd + " (" + zone + ")";
    }

    @Override
    public List<String> fields() {
        return FIELDS;
    }

    @Override
    public ObjectiveCall read(RowReader row) {
        String callId = row.text("callId", true, 64);
        OffsetDateTime startedAt = row.timestamp("startedAt", true);
        BigDecimal score = row.decimal("score", true, rules.scoreMin(), rules.scoreMax());
        BigDecimal speed = row.decimal("speedKmh", true, BigDecimal.ZERO, MAX_SPEED);
        Boolean onNet = row.bool("onNet", true);
        if (startedAt != null && (startedAt.isBefore(periodFrom) || !startedAt.isBefore(periodUntil))) {
            row.error("startedAt", "must lie in the campaign period " + periodText);
        }
        if (row.hasErrors()) {
            return null;
        }
        return new ObjectiveCall(callId, startedAt, score, speed, onNet, rules.objectiveExclusion(onNet, speed));
    }
}
