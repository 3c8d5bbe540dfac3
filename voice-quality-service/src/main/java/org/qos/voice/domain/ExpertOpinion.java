package org.qos.voice.domain;

/** One expert's opinion, with the exclusion the profile gives it (null when counted). */
public record ExpertOpinion(String expertId, long successfulCalls, long score, Exclusion exclusion) {
}
