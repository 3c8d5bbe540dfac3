package org.qos.voice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A batch counted row by row: the statistics query's rules (every row in the total, excluded rows by reason, valid ones
 * good by {@link GoodScore}, each ticked reason once per listing). Against the query itself: voice's
 * KeptStatisticsTest.
 */
class SampleTallyTest {

    private static final GoodScore THREE = GoodScore.atLeast(new BigDecimal("3.0"));

    @Test
    void objectiveCallsAreCountedByExclusionAndGoodScore() {
        SampleTally tally = new SampleTally(THREE, Set.of());
        tally.count(null, new BigDecimal("3.0"));
        tally.count(null, new BigDecimal("2.999"));
        tally.count(Exclusion.OFF_NET, new BigDecimal("4.5"));
        tally.count(Exclusion.OVER_SPEED, new BigDecimal("4.5"));
        tally.count(Exclusion.OVER_SPEED, new BigDecimal("1.0"));
        VoiceStatistics counted = tally.counted();
        assertEquals(new SampleCounts(5, 2, 1, Map.of(Exclusion.OFF_NET, 1L, Exclusion.OVER_SPEED, 2L,
                Exclusion.TOO_FEW_CALLS, 0L)), counted.counts());
        assertEquals(Map.of(), counted.reasons());
    }

    @Test
    void surveyReasonsAreCountedPerListingEveryCodeListed() {
        SampleTally tally = new SampleTally(THREE, new java.util.LinkedHashSet<>(List.of("NOISE", "ECHO", "DROPPED")));
        tally.count(null, 2);
        tally.tick(List.of("NOISE", "ECHO"));
        tally.count(null, 3);
        tally.tick(List.of("NOISE"));
        tally.count(null, 5);
        tally.tick(List.of());
        VoiceStatistics counted = tally.counted();
        assertEquals(3, counted.counts().total());
        assertEquals(2, counted.counts().good(), "3 counts as good");
        assertEquals(Map.of("NOISE", 2L, "ECHO", 1L, "DROPPED", 0L), counted.reasons());
        assertEquals(List.of("NOISE", "ECHO", "DROPPED"), List.copyOf(counted.reasons().keySet()));
        assertThrows(IllegalArgumentException.class, () -> tally.tick(List.of("PIGEON")));
    }

    @Test
    void nothingCountedIsTheStatisticsOfNoRows() {
        VoiceStatistics none = new SampleTally(GoodScore.NONE, Set.of()).counted();
        assertEquals(0, none.counts().total());
        assertEquals(0, none.counts().excluded());
    }
}
