package org.qos.voice.domain;

import java.math.BigDecimal;

import org.qos.common.profile.MappingDefinition;

/**
 * How an instrument's native score maps onto the MOS scale on which clause 3.4's good score (3) is stated. The
 * functions are known here; their coefficients, labels and which instrument uses which come from the quality
 * profile. Every function is non-decreasing on its instrument's range (strictly increasing where it is not
 * clamped), which is what lets {@link GoodScore} turn "mapped score &gt;= good score" into a threshold on native
 * scores.
 */
public sealed interface ScoreMapping {

    /** How results name the mapping, e.g. "ITU-T P.862.1". */
    String label();

    /** The scale mapped onto, e.g. "MOS-LQO". */
    String scale();

    /** Whether mapped values are estimates (a planning model, not a measurement). */
    boolean estimate();

    /** The MOS of a native score, in double precision. */
    double mos(double nativeScore);

    static ScoreMapping from(MappingDefinition definition) {
        return switch (definition.function()) {
            case "IDENTITY" -> new Identity(definition.label(), definition.scale(), definition.estimate());
            case "LOGISTIC" -> new Logistic(definition.label(), definition.scale(), definition.estimate(),
                    number(definition, "low"), number(definition, "high"), number(definition, "slope"),
                    number(definition, "offset"));
            case "E_MODEL_ANNEX_B" -> new EModelAnnexB(definition.label(), definition.scale(), definition.estimate(),
                    number(definition, "rLow"), number(definition, "rHigh"), number(definition, "mosLow"),
                    number(definition, "mosHigh"), number(definition, "linear"), number(definition, "cubic"),
                    number(definition, "cubicRoot"));
            default -> throw new IllegalStateException("The quality profile names the score mapping function '"
                    + definition.function() + "', unknown here: IDENTITY, LOGISTIC or E_MODEL_ANNEX_B");
        };
    }

    private static double number(MappingDefinition definition, String name) {
        BigDecimal value = definition.parameter(name);
        return value.doubleValue();
    }

    /** The native score is already on the MOS scale (P.862.1, P.862.2, P.863: MOS-LQO). */
    record Identity(String label, String scale, boolean estimate) implements ScoreMapping {
        @Override
        public double mos(double nativeScore) {
            return nativeScore;
        }
    }

    /**
     * ITU-T P.862.1: {@code y = low + (high - low) / (1 + e^(-slope·x + offset))}, with low 0.999, high 4.999,
     * slope 1.4945 and offset 4.6607 in the shipped profile.
     */
    record Logistic(String label, String scale, boolean estimate, double low, double high, double slope,
            double offset) implements ScoreMapping {
        @Override
        public double mos(double x) {
            return low + (high - low) / (1 + Math.exp(-slope * x + offset));
        }
    }

    /**
     * ITU-T G.107 Annex B: {@code MOS = mosLow} for {@code R <= rLow}, {@code mosHigh} for {@code R >= rHigh}, else
     * {@code mosLow + linear·R + R·(R - cubicRoot)·(rHigh - R)·cubic}; in the shipped profile 1, 4.5, 0.035,
     * 60 and 7·10⁻⁶ on R from 0 to 100.
     */
    record EModelAnnexB(String label, String scale, boolean estimate, double rLow, double rHigh, double mosLow,
            double mosHigh, double linear, double cubic, double cubicRoot) implements ScoreMapping {
        @Override
        public double mos(double r) {
            if (r <= rLow) {
                return mosLow;
            }
            if (r >= rHigh) {
                return mosHigh;
            }
            return mosLow + linear * r + r * (r - cubicRoot) * (rHigh - r) * cubic;
        }
    }
}
