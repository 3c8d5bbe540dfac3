package org.qos.voice.repository;

import org.qos.campaigns.batch.CopyTable;
import org.qos.voice.domain.ExpertOpinion;
import org.qos.voice.domain.ObjectiveCall;
import org.qos.voice.domain.SurveyResponse;

/** The sample tables of the three methods, as targets of a COPY batch. */
public final class SampleTables {

    public static final CopyTable<ObjectiveCall> OBJECTIVE_CALLS = CopyTable.<ObjectiveCall>into("voice.objective_call")
            .rowId("callId", "call_id", ObjectiveCall::callId)
            .column("started_at", ObjectiveCall::startedAt)
            .column("score", ObjectiveCall::score)
            .column("speed_kmh", ObjectiveCall::speedKmh)
            .column("on_net", ObjectiveCall::onNet)
            .column("exclusion", ObjectiveCall::exclusion);

    public static final CopyTable<SurveyResponse> SURVEY_RESPONSES = CopyTable.<SurveyResponse>into("voice.survey_response")
            .rowId("respondentId", "respondent_id", SurveyResponse::respondentId)
            .column("channel", SurveyResponse::channel)
            .column("handset_model", SurveyResponse::handsetModel)
            .column("usage_months", SurveyResponse::usageMonths)
            .column("score", SurveyResponse::score)
            .column("reasons", SurveyResponse::reasons);

    public static final CopyTable<ExpertOpinion> EXPERT_OPINIONS = CopyTable.<ExpertOpinion>into("voice.expert_opinion")
            .rowId("expertId", "expert_id", ExpertOpinion::expertId)
            .column("successful_calls", ExpertOpinion::successfulCalls)
            .column("score", ExpertOpinion::score)
            .column("exclusion", ExpertOpinion::exclusion);

    private SampleTables() {
    }
}
