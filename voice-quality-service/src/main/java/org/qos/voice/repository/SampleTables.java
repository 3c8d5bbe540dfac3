package org.qos.voice.repository;

import java.io.IOException;

import org.qos.common.batch.BatchTarget;
import org.qos.common.batch.CopyRow;
import org.qos.common.batch.RowSchema;
import org.qos.voice.domain.ExpertOpinion;
import org.qos.voice.domain.ObjectiveCall;
import org.qos.voice.domain.SurveyResponse;

/** The sample tables of the three methods, as targets of a COPY batch. */
public final class SampleTables {

    private SampleTables() {
    }

    public static BatchTarget<ObjectiveCall> objectiveCalls(RowSchema<ObjectiveCall> schema) {
        return new Target<>(schema, "voice.objective_call",
                "call_id, started_at, score, speed_kmh, on_net, exclusion", "callId", "call_id") {
            @Override
            public void write(CopyRow out, ObjectiveCall call) throws IOException {
                out.text(call.callId()).timestamp(call.startedAt()).number(call.score()).number(call.speedKmh())
                        .bool(call.onNet()).text(call.exclusion() == null ? null : call.exclusion().name());
            }
        };
    }

    public static BatchTarget<SurveyResponse> surveyResponses(RowSchema<SurveyResponse> schema) {
        return new Target<>(schema, "voice.survey_response",
                "respondent_id, channel, handset_model, usage_months, score, reasons", "respondentId", "respondent_id") {
            @Override
            public void write(CopyRow out, SurveyResponse response) throws IOException {
                out.text(response.respondentId()).text(response.channel().name()).text(response.handsetModel())
                        .number(response.usageMonths()).number(response.score()).codes(response.reasons());
            }
        };
    }

    public static BatchTarget<ExpertOpinion> expertOpinions(RowSchema<ExpertOpinion> schema) {
        return new Target<>(schema, "voice.expert_opinion",
                "expert_id, successful_calls, score, exclusion", "expertId", "expert_id") {
            @Override
            public void write(CopyRow out, ExpertOpinion opinion) throws IOException {
                out.text(opinion.expertId()).number(opinion.successfulCalls()).number(opinion.score())
                        .text(opinion.exclusion() == null ? null : opinion.exclusion().name());
            }
        };
    }

    private abstract static class Target<T> implements BatchTarget<T> {
        private final RowSchema<T> schema;
        private final String table;
        private final String columns;
        private final String rowIdField;
        private final String rowIdColumn;

        Target(RowSchema<T> schema, String table, String columns, String rowIdField, String rowIdColumn) {
            this.schema = schema;
            this.table = table;
            this.columns = columns;
            this.rowIdField = rowIdField;
            this.rowIdColumn = rowIdColumn;
        }

        @Override
        public RowSchema<T> schema() {
            return schema;
        }

        @Override
        public String table() {
            return table;
        }

        @Override
        public String columns() {
            return columns;
        }

        @Override
        public String rowIdField() {
            return rowIdField;
        }

        @Override
        public String rowIdColumn() {
            return rowIdColumn;
        }
    }
}
