package org.qos.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qos.common.kpi.Verdict.FAIL;
import static org.qos.common.kpi.Verdict.INSUFFICIENT_DATA;
import static org.qos.common.kpi.Verdict.PASS;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qos.common.kpi.Verdict;

class OverallRuleTest {

    private static FamilyVerdicts family(Verdict... verdicts) {
        return FamilyVerdicts.of(Arrays.asList(verdicts));
    }

    @Test
    void everyResultPassingInEveryFamilyIsPass() {
        assertEquals(Overall.PASS, OverallRule.overall(List.of(family(PASS), family(PASS, PASS), family(PASS),
                family(PASS, PASS, PASS))));
    }

    @Test
    void oneFailingResultIsFailWhateverElseHappened() {
        assertEquals(Overall.FAIL, OverallRule.overall(List.of(family(PASS), family(PASS, FAIL), family(PASS),
                family(PASS))));
        // a failure wins over an unavailable family, an empty one and missing data, in any order
        assertEquals(Overall.FAIL, OverallRule.overall(List.of(FamilyVerdicts.unavailable(), family(),
                family(INSUFFICIENT_DATA), family(FAIL))));
        assertEquals(Overall.FAIL, OverallRule.overall(List.of(family(FAIL), FamilyVerdicts.unavailable())));
    }

    @Test
    void anUnavailableFamilyIsIncomplete() {
        assertEquals(Overall.INCOMPLETE, OverallRule.overall(List.of(family(PASS), FamilyVerdicts.unavailable(),
                family(PASS), family(PASS))));
    }

    @Test
    void anEmptyFamilyIsIncomplete() {
        assertEquals(Overall.INCOMPLETE, OverallRule.overall(List.of(family(PASS), family(), family(PASS),
                family(PASS))));
    }

    @Test
    void insufficientDataIsIncomplete() {
        assertEquals(Overall.INCOMPLETE, OverallRule.overall(List.of(family(PASS), family(PASS, INSUFFICIENT_DATA),
                family(PASS), family(PASS))));
    }

    @Test
    void informativeResultsWithoutVerdictTakeNoPart() {
        // support.answered-60s has no verdict: next to passing results it changes nothing
        assertEquals(Overall.PASS, OverallRule.overall(List.of(family(PASS), family(PASS, null, PASS))));
        // but alone it does not make a family complete
        assertEquals(Overall.INCOMPLETE, OverallRule.overall(List.of(family(PASS), family((Verdict) null))));
    }

    @Test
    void noFamilyAtAllIsIncomplete() {
        assertEquals(Overall.INCOMPLETE, OverallRule.overall(List.of()));
    }
}
