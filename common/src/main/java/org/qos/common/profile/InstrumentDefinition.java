package org.qos.common.profile;

import java.math.BigDecimal;

/**
 * A measuring instrument a KPI accepts scores of, as a quality profile states it: the scale and range of its native
 * values and how they map onto the KPI's scale.
 *
 * @param scale    what the native value is, e.g. "PESQ raw score" or "E-model rating R"
 * @param scoreMin the smallest native value accepted (null when the instrument is not accepted at all)
 * @param scoreMax the largest native value accepted (null likewise)
 * @param mapping  how a native value maps onto the KPI's scale; null when the profile knows no mapping (such an
 *                 instrument is named so that it can be refused with a reason)
 * @param note     why the instrument has no mapping, or anything a result should say about it; may be null
 */
public record InstrumentDefinition(String scale, BigDecimal scoreMin, BigDecimal scoreMax,
        MappingDefinition mapping, String note) {
}
