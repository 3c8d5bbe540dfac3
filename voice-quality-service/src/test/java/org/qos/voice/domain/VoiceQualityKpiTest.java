package org.qos.voice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.qos.common.kpi.ConclusiveSample;
import org.qos.common.kpi.KpiResult;
import org.qos.common.kpi.Verdict;
import org.qos.common.profile.ProfileProducer;

class VoiceQualityKpiTest {

    private static final VoiceRules RULES = VoiceRules.from(ProfileProducer.shipped());
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-10-02T09:00:00+07:00");

    private static CampaignFacts campaign(Method method, Long subscribers) {
        return new CampaignFacts(UUID.randomUUID(), "ALPHA", "HN", method, LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-09-30"), subscribers, method == Method.OBJECTIVE ? "P.862.1" : null);
    }

    private static SampleCounts objective(long valid, long good, long overSpeed, long offNet) {
        return new SampleCounts(valid + overSpeed + offNet, valid, good,
                Map.of(Exclusion.OVER_SPEED, overSpeed, Exclusion.OFF_NET, offNet, Exclusion.TOO_FEW_CALLS, 0L));
    }

    @Test
    void theApiExampleIsAPassThatIsNotConclusive() {
        KpiResult result = VoiceQualityKpi.compute(campaign(Method.OBJECTIVE, null), objective(1150, 1048, 40, 10),
                Map.of(), RULES, NOW);
        assertEquals(1048.0 / 1150, result.value(), 1e-15);
        assertEquals(Verdict.PASS, result.verdict());
        assertFalse(result.conclusive());
        assertEquals(0.8934, round4(result.confidence().lower()));
        assertEquals(0.9271, round4(result.confidence().upper()));
        assertEquals(1200, result.sample().total());
        assertEquals(50, result.sample().excluded());
        assertEquals(Map.of("OVER_SPEED", 40L, "OFF_NET", 10L), result.sample().exclusions());
        assertEquals(1000, result.sample().required());
        assertTrue(result.sample().sufficient());
        assertEquals("voice.quality", result.kpiId());
        assertEquals("3.4", result.clause());
        assertEquals("TCN 68-228:2004", result.standard());
    }

    @Test
    void exactlyNinetyPercentPassesAndOneCallLessFails() {
        assertEquals(Verdict.PASS, VoiceQualityKpi.compute(campaign(Method.OBJECTIVE, null), objective(1000, 900, 0, 0),
                Map.of(), RULES, NOW).verdict());
        assertEquals(Verdict.FAIL, VoiceQualityKpi.compute(campaign(Method.OBJECTIVE, null), objective(1000, 899, 0, 0),
                Map.of(), RULES, NOW).verdict());
    }

    @Test
    void exactlyTheMinimumSampleIsSufficientAndOneLessIsNot() {
        KpiResult atMinimum = VoiceQualityKpi.compute(campaign(Method.OBJECTIVE, null), objective(1000, 990, 0, 0),
                Map.of(), RULES, NOW);
        assertTrue(atMinimum.sample().sufficient());
        assertEquals(Verdict.PASS, atMinimum.verdict());
        assertTrue(atMinimum.conclusive());

        KpiResult below = VoiceQualityKpi.compute(campaign(Method.OBJECTIVE, null), objective(999, 990, 5, 0),
                Map.of(), RULES, NOW);
        assertFalse(below.sample().sufficient());
        assertEquals(Verdict.INSUFFICIENT_DATA, below.verdict());
        assertEquals(990.0 / 999, below.value(), 1e-15, "the value is still reported");
        assertFalse(below.conclusive());
        // its interval already lies above 0.90, but the minimum is not met: 1000 are needed, 1 more
        assertEquals(new ConclusiveSample(999, 1000L, 1L), below.extensions().get("conclusiveSample"));
    }

    @Test
    void noValidSampleHasNoValue() {
        KpiResult result = VoiceQualityKpi.compute(campaign(Method.OBJECTIVE, null), objective(0, 0, 3, 2),
                Map.of(), RULES, NOW);
        assertNull(result.value());
        assertNull(result.confidence());
        assertEquals(Verdict.INSUFFICIENT_DATA, result.verdict());
        assertEquals(5, result.sample().excluded());
    }

    @Test
    void surveyMinimumIsOnePercentOfSubscribersRoundedUp() {
        assertEquals(124, RULES.requiredSample(Method.CUSTOMER_SURVEY, 12_345L));
        assertEquals(100, RULES.requiredSample(Method.CUSTOMER_SURVEY, 10_000L));
        assertEquals(1, RULES.requiredSample(Method.CUSTOMER_SURVEY, 1L));
        KpiResult result = VoiceQualityKpi.compute(campaign(Method.CUSTOMER_SURVEY, 12_345L),
                new SampleCounts(124, 124, 120, Map.of()), Map.of("NOISE", 3L), RULES, NOW);
        assertTrue(result.sample().sufficient());
        assertEquals(12_345L, result.extensions().get("subscriberCount"));
        assertEquals(Map.of("NOISE", 3L), result.extensions().get("reasons"));
    }

    @Test
    void expertPanelNeedsThirtyValidExperts() {
        assertEquals(30, RULES.requiredSample(Method.EXPERT_PANEL, null));
        KpiResult result = VoiceQualityKpi.compute(campaign(Method.EXPERT_PANEL, null),
                new SampleCounts(31, 29, 29, Map.of(Exclusion.TOO_FEW_CALLS, 2L)), Map.of(), RULES, NOW);
        assertEquals(Verdict.INSUFFICIENT_DATA, result.verdict());
        assertEquals(Map.of("TOO_FEW_CALLS", 2L), result.sample().exclusions());
    }

    @Test
    void exclusionRulesAtTheirBoundaries() {
        assertNull(RULES.objectiveExclusion(true, new BigDecimal("30")), "exactly 30 km/h counts");
        assertNull(RULES.objectiveExclusion(true, new BigDecimal("30.000")));
        assertEquals(Exclusion.OVER_SPEED, RULES.objectiveExclusion(true, new BigDecimal("30.01")));
        assertEquals(Exclusion.OFF_NET, RULES.objectiveExclusion(false, new BigDecimal("12")));
        assertEquals(Exclusion.OFF_NET, RULES.objectiveExclusion(false, new BigDecimal("80")), "both counts once, as OFF_NET");
        assertNull(RULES.expertExclusion(30), "exactly 30 successful calls counts");
        assertEquals(Exclusion.TOO_FEW_CALLS, RULES.expertExclusion(29));
        assertTrue(RULES.reasonsAllowed(3));
        assertFalse(RULES.reasonsAllowed(4));
    }

    private static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static CampaignFacts objectiveOf(String instrument) {
        return new CampaignFacts(UUID.randomUUID(), "ALPHA", "HN", Method.OBJECTIVE, LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-09-30"), null, instrument);
    }

    @Test
    void theResultNamesTheInstrumentAndItsMapping() {
        KpiResult pesq = VoiceQualityKpi.compute(objectiveOf("P.862"), objective(1000, 990, 0, 0), Map.of(), RULES, NOW);
        assertEquals("P.862", pesq.extensions().get("instrument"));
        assertEquals("ITU-T P.862.1", pesq.extensions().get("scoreMapping"));
        assertEquals(3.1192372, ((BigDecimal) pesq.extensions().get("goodScoreNativeMin")).doubleValue(), 1e-7);
        assertEquals(Verdict.PASS, pesq.verdict());
        assertTrue(pesq.notes().stream().noneMatch(note -> note.startsWith("Estimate")));

        KpiResult lqo = VoiceQualityKpi.compute(objectiveOf("P.863"), objective(1000, 990, 0, 0), Map.of(), RULES, NOW);
        assertEquals("none (MOS-LQO)", lqo.extensions().get("scoreMapping"));

        KpiResult eModel = VoiceQualityKpi.compute(objectiveOf("G.107"), objective(1000, 990, 0, 0), Map.of(), RULES,
                NOW);
        assertEquals("G.107", eModel.extensions().get("instrument"));
        assertEquals("ITU-T G.107 Annex B (MOS-CQE, estimate)", eModel.extensions().get("scoreMapping"));
        assertEquals(Verdict.PASS, eModel.verdict());
        assertTrue(eModel.notes().stream().anyMatch(note -> note.startsWith("Estimate: MOS-CQE")
                && note.contains("planning model, not one of the standard's methods")), eModel.notes().toString());
    }

    @Test
    void anOldCampaignOfAnInstrumentWithoutMappingIsInsufficientData() {
        KpiResult psqm = VoiceQualityKpi.compute(objectiveOf("P.861"), objective(1200, 0, 0, 0), Map.of(), RULES, NOW);
        assertEquals("P.861", psqm.extensions().get("instrument"));
        assertEquals("none: no mapping onto MOS", psqm.extensions().get("scoreMapping"));
        assertEquals(Verdict.INSUFFICIENT_DATA, psqm.verdict());
        assertNull(psqm.value());
        assertNull(psqm.confidence());
        assertFalse(psqm.conclusive());
        assertFalse(psqm.extensions().containsKey("conclusiveSample"));
        assertEquals(1200, psqm.sample().valid());
        assertTrue(psqm.notes().stream().anyMatch(note -> note.contains("has no mapping onto MOS")), psqm.notes()
                .toString());
    }
}
