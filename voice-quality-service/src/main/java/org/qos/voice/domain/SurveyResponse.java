package org.qos.voice.domain;

import java.util.List;

/** One answered opinion form of a customer survey. */
public record SurveyResponse(String respondentId, SurveyChannel channel, String handsetModel, Long usageMonths,
        long score, List<String> reasons) {
}
