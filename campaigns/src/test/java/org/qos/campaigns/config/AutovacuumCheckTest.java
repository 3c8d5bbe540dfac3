package org.qos.campaigns.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class AutovacuumCheckTest {

    @Test
    void aServerWithoutAutovacuumIsWarnedAbout() {
        String warning = AutovacuumCheck.warning("off").orElseThrow();
        assertTrue(warning.contains("autovacuum = off"), warning);
        assertTrue(warning.contains("VACUUM"), warning);
        assertTrue(AutovacuumCheck.warning("OFF").isPresent());
    }

    @Test
    void aServerWithAutovacuumIsNot() {
        assertEquals(Optional.empty(), AutovacuumCheck.warning("on"));
        assertEquals(Optional.empty(), AutovacuumCheck.warning(null));
    }
}
