package org.qos.common.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qos.common.kpi.Comparator;
import org.qos.common.kpi.KpiUnit;
import org.qos.common.kpi.ShareEvaluation;
import org.qos.common.kpi.Target;
import org.qos.common.kpi.Verdict;

class QualityProfileTest {

    /** A profile of another regulator: voice quality at least 95 %, fewer rules. */
    private static final String OTHER = """
            {
              "standard": "OTHER-2030",
              "title": "Another standard",
              "version": "7",
              "timeZone": "+01:00",
              "confidenceLevel": 0.99,
              "kpis": {
                "voice.quality": {
                  "clause": "9.1",
                  "title": "Voice quality",
                  "unit": "RATIO",
                  "target": {"comparator": "GE", "value": 0.95},
                  "rules": {"objectiveMinCalls": 500, "scoreMin": 1.0, "scoreMax": 5.0},
                  "instruments": {"P.863": {"scale": "MOS-LQO", "scoreMin": 1, "scoreMax": 5,
                    "mapping": {"function": "IDENTITY", "label": "none", "scale": "MOS-LQO"}}}
                }
              }
            }
            """;

    private static QualityProfile read(String json) {
        return QualityProfile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean sameNumber(String expected, BigDecimal actual) {
        return new BigDecimal(expected).compareTo(actual) == 0;
    }

    @Test
    void shippedProfileIsTcn68228() {
        QualityProfile profile = ProfileProducer.shipped();
        assertEquals("TCN 68-228:2004", profile.standard());
        assertEquals("1", profile.version());
        assertEquals(ZoneOffset.ofHours(7), profile.zone());
        assertEquals(0.95, profile.level());
        assertEquals(Set.of("voice.quality", "coverage.outdoor", "billing.wrong-calls", "billing.wrong-time",
                "billing.invoice-errors", "complaints.response-48h", "complaints.rate", "support.availability"),
                profile.kpis().keySet());
    }

    @Test
    void shippedVoiceQuality() {
        KpiDefinition voice = ProfileProducer.shipped().kpi("voice.quality");
        assertEquals("3.4", voice.clause());
        assertEquals(KpiUnit.RATIO, voice.unit());
        assertEquals(Comparator.GE, voice.target().comparator());
        assertTrue(sameNumber("0.90", voice.target().value()));
        assertTrue(sameNumber("1000", voice.rule("objectiveMinCalls")));
        assertTrue(sameNumber("3.0", voice.rule("goodScoreMin")));
        assertTrue(sameNumber("1.0", voice.rule("scoreMin")));
        assertTrue(sameNumber("5.0", voice.rule("scoreMax")));
        assertTrue(sameNumber("30", voice.rule("objectiveMaxSpeedKmh")));
        assertTrue(sameNumber("0.01", voice.rule("surveyMinShareOfSubscribers")));
        assertTrue(sameNumber("30", voice.rule("expertMinExperts")));
        assertTrue(sameNumber("30", voice.rule("expertMinSuccessfulCalls")));
        // the instruments in the profile's order, each with its native range and mapping (P.861: none)
        assertEquals(List.of("P.862.1", "P.862", "P.862.2", "P.863", "G.107", "P.861"),
                List.copyOf(voice.instruments().keySet()));
        InstrumentDefinition pesq = voice.instruments().get("P.862");
        assertTrue(sameNumber("-0.5", pesq.scoreMin()));
        assertTrue(sameNumber("4.5", pesq.scoreMax()));
        assertEquals("LOGISTIC", pesq.mapping().function());
        assertEquals("ITU-T P.862.1", pesq.mapping().label());
        assertTrue(sameNumber("1.4945", pesq.mapping().parameter("slope")));
        assertTrue(sameNumber("4.6607", pesq.mapping().parameter("offset")));
        InstrumentDefinition eModel = voice.instruments().get("G.107");
        assertTrue(sameNumber("0", eModel.scoreMin()));
        assertTrue(sameNumber("100", eModel.scoreMax()));
        assertEquals("E_MODEL_ANNEX_B", eModel.mapping().function());
        assertTrue(eModel.mapping().estimate());
        assertTrue(sameNumber("0.000007", eModel.mapping().parameter("cubic")));
        assertEquals("IDENTITY", voice.instruments().get("P.863").mapping().function());
        assertNull(voice.instruments().get("P.861").mapping());
        assertEquals(8, voice.list("surveyReasons").size());
        assertTrue(voice.list("surveyReasons").contains("CALL_FAILED"));
    }

    @Test
    void shippedTargetsOfTheOtherClauses() {
        QualityProfile profile = ProfileProducer.shipped();
        assertTarget(profile, "coverage.outdoor", "3.5", Comparator.GT, "0.90");
        assertTarget(profile, "billing.wrong-calls", "3.6.1", Comparator.LE, "0.001");
        assertTarget(profile, "billing.wrong-time", "3.6.2", Comparator.LE, "0.001");
        assertTarget(profile, "billing.invoice-errors", "3.7", Comparator.LE, "0.0001");
        assertTarget(profile, "complaints.response-48h", "3.8.1", Comparator.GE, "1.0");
        assertTarget(profile, "complaints.rate", "3.8.2", Comparator.LE, "1.0");
        assertTarget(profile, "support.availability", "3.9", Comparator.GE, "1.0");
        assertEquals(KpiUnit.PER_100_CUSTOMERS_PER_YEAR, profile.kpi("complaints.rate").unit());
        assertEquals("Tỷ lệ khiếu nại", profile.names("complaints.rate").get("vi"));
        assertEquals("Complaint rate", profile.names("complaints.rate").get("en"));
        assertEquals("Chất lượng thoại", profile.names("voice.quality").get("vi"));
        assertEquals(List.of("vi", "en"), profile.languages());
        for (String kpiId : profile.kpis().keySet()) {
            assertEquals(Set.of("vi", "en"), profile.names(kpiId).keySet(), kpiId);
        }
        assertTrue(sameNumber("1000", profile.kpi("billing.wrong-calls").rule("minValidCalls")));
        assertTrue(sameNumber("10000", profile.kpi("billing.invoice-errors").rule("minCalls")));
        assertEquals(1, profile.kpi("coverage.outdoor").notes().size());
        assertNull(profile.kpi("coverage.outdoor").optionalRule("thresholdDbm"), "the copy of the standard cuts it");
    }

    private static void assertTarget(QualityProfile profile, String kpiId, String clause, Comparator comparator,
            String value) {
        KpiDefinition kpi = profile.kpi(kpiId);
        assertEquals(clause, kpi.clause(), kpiId);
        assertEquals(comparator, kpi.target().comparator(), kpiId);
        assertTrue(sameNumber(value, kpi.target().value()), kpiId + ": " + kpi.target().value());
    }

    @Test
    void anotherProfileIsUsedAsGiven() {
        QualityProfile profile = read(OTHER);
        assertEquals("OTHER-2030", profile.standard());
        assertEquals("7", profile.version());
        assertEquals(ZoneOffset.ofHours(1), profile.zone());
        assertEquals(0.99, profile.level());
        KpiDefinition voice = profile.kpi("voice.quality");
        assertEquals("9.1", voice.clause());
        assertTrue(sameNumber("0.95", voice.target().value()));
        assertTrue(sameNumber("500", voice.rule("objectiveMinCalls")));
        assertEquals(List.of("P.863"), List.copyOf(voice.instruments().keySet()));

        // 930 of 1000 passes the shipped 0.90 target but fails this profile's 0.95
        Target shipped = ProfileProducer.shipped().kpi("voice.quality").target();
        assertEquals(Verdict.PASS, ShareEvaluation.of(930, 1000, shipped, 0, true, 0.95).verdict());
        assertEquals(Verdict.FAIL, ShareEvaluation.of(930, 1000, voice.target(), 0, true, profile.level()).verdict());
    }

    @Test
    void aKpiWithoutANameInALanguageOfTheProfileIsRefused() {
        String named = OTHER.replace("\"confidenceLevel\": 0.99,", "\"confidenceLevel\": 0.99, \"languages\": [\"fr\"],"
                + " \"kpiNames\": {\"voice.quality\": {\"fr\": \"Qualité vocale\"}},");
        assertEquals("Qualité vocale", read(named).names("voice.quality").get("fr"));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> read(named.replace("\"fr\": \"Qualité vocale\"", "\"de\": \"Sprachqualität\"")));
        assertTrue(refused.getMessage().contains("no name in 'fr'"), refused.getMessage());
        assertEquals(Map.of(), read(OTHER).names("voice.quality"), "a profile that lists no language needs no names");
    }

    @Test
    void targetIsKeptExactly() {
        // a decimal target must not pass through a double
        QualityProfile profile = read(OTHER.replace("0.95}", "0.1}"));
        assertEquals(new BigDecimal("0.1"), profile.kpi("voice.quality").target().value());
    }

    @Test
    void missingRuleFailsNamingIt() {
        KpiDefinition voice = read(OTHER).kpi("voice.quality");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> voice.rule("expertMinExperts"));
        assertTrue(e.getMessage().contains("'expertMinExperts'"), e.getMessage());
        assertTrue(e.getMessage().contains("9.1"), e.getMessage());
        assertNull(voice.optionalRule("expertMinExperts"));
        IllegalStateException list = assertThrows(IllegalStateException.class, () -> voice.list("surveyReasons"));
        assertTrue(list.getMessage().contains("'surveyReasons'"), list.getMessage());
    }

    @Test
    void missingKpiFailsNamingIt() {
        QualityProfile profile = read(OTHER);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> profile.kpi("coverage.outdoor"));
        assertTrue(e.getMessage().contains("'coverage.outdoor'"), e.getMessage());
        assertTrue(e.getMessage().contains("OTHER-2030"), e.getMessage());
    }

    @Test
    void unknownPropertyFails() {
        UncheckedIOException top = assertThrows(UncheckedIOException.class,
                () -> read(OTHER.replace("\"title\": \"Another standard\",", "\"titel\": \"Another standard\",")));
        assertTrue(top.getMessage().contains("titel"), top.getMessage());
        UncheckedIOException nested = assertThrows(UncheckedIOException.class,
                () -> read(OTHER.replace("\"value\": 0.95}", "\"value\": 0.95, \"strict\": true}")));
        assertTrue(nested.getMessage().contains("strict"), nested.getMessage());
    }

    @Test
    void incompleteKpiFailsNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> read(OTHER.replace("\"target\": {\"comparator\": \"GE\", \"value\": 0.95},", "")));
        assertTrue(e.getMessage().contains("'voice.quality'"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> read(OTHER.replace("\"unit\": \"RATIO\",", "")));
    }

    @Test
    void incompleteOrInvalidHeaderFails() {
        assertThrows(IllegalStateException.class, () -> read(OTHER.replace("\"version\": \"7\",", "")));
        assertThrows(RuntimeException.class, () -> read(OTHER.replace("+01:00", "Mars/Olympus")));
        assertThrows(UncheckedIOException.class, () -> read(OTHER.replace("\"GE\"", "\"AT_LEAST\"")));
        assertThrows(UncheckedIOException.class, () -> read("{ not json"));
    }
}
