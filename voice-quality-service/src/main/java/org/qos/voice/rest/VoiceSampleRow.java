package org.qos.voice.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation only: a row of a voice campaign's samples, whose kind the campaign's method decides. The upload's
 * JSON body is an array of these: a named oneOf of the three row kinds, so that a generated client has one item
 * type (a oneOf of three arrays would give Java generators three {@code List<...>} alternatives that erase to one).
 */
@Schema(name = "VoiceSampleRow", description = "A row of the campaign's method: ObjectiveCallRow (OBJECTIVE),"
        + " SurveyResponseRow (CUSTOMER_SURVEY) or ExpertOpinionRow (EXPERT_PANEL). Every row of a batch is of the"
        + " campaign's kind; a row of another kind is refused (400, naming its fields).",
        oneOf = {ObjectiveCallRow.class, SurveyResponseRow.class, ExpertOpinionRow.class})
public sealed interface VoiceSampleRow permits ObjectiveCallRow, SurveyResponseRow, ExpertOpinionRow {
}
