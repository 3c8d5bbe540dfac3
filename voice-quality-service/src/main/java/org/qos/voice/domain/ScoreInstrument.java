package org.qos.voice.domain;

import java.math.BigDecimal;

/**
 * An instrument of objective voice scores as the quality profile states it.
 *
 * @param name     the profile's key, e.g. "P.862"
 * @param scale    what its native score is, e.g. "raw PESQ score (ITU-T P.862)"
 * @param scoreMin the smallest native score accepted; null when the instrument has no mapping
 * @param scoreMax the largest native score accepted; null likewise
 * @param mapping  its mapping onto MOS; null when there is none (then campaigns of it are refused)
 * @param note     what a result says about it, or why it has no mapping; may be null
 */
public record ScoreInstrument(String name, String scale, BigDecimal scoreMin, BigDecimal scoreMax,
        ScoreMapping mapping, String note) {

    public ScoreInstrument {
        if (mapping != null && (scoreMin == null || scoreMax == null || scoreMin.compareTo(scoreMax) >= 0)) {
            throw new IllegalStateException("The quality profile's instrument " + name
                    + " has a mapping but no range scoreMin < scoreMax");
        }
    }

    /** Whether its scores can be judged: it has a mapping onto MOS. */
    public boolean mapped() {
        return mapping != null;
    }
}
