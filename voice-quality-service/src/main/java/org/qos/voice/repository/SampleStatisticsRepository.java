package org.qos.voice.repository;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.qos.voice.domain.Exclusion;
import org.qos.voice.domain.Method;
import org.qos.voice.domain.SampleCounts;

/**
 * The aggregates a result needs, computed by PostgreSQL over a campaign's rows (never loaded into the heap). The
 * good-score rule of clause 3.4 lives here, once: a valid score at or above the profile's threshold is good
 * (exactly the threshold counts).
 */
@ApplicationScoped
public class SampleStatisticsRepository {

    private final EntityManager entityManager;

    public SampleStatisticsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public SampleCounts counts(UUID campaignId, Method method, BigDecimal goodScoreMin) {
        String table = switch (method) {
            case OBJECTIVE -> "voice.objective_call";
            case CUSTOMER_SURVEY -> "voice.survey_response";
            case EXPERT_PANEL -> "voice.expert_opinion";
        };
        String exclusion = method == Method.CUSTOMER_SURVEY ? "NULL" : "exclusion";
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                SELECT count(*),
                       count(*) FILTER (WHERE %2$s IS NULL),
                       count(*) FILTER (WHERE %2$s IS NULL AND score >= :good),
                       count(*) FILTER (WHERE %2$s = 'OFF_NET'),
                       count(*) FILTER (WHERE %2$s = 'OVER_SPEED'),
                       count(*) FILTER (WHERE %2$s = 'TOO_FEW_CALLS')
                  FROM %1$s
                 WHERE campaign_id = :campaign""".formatted(table, exclusion))
                .setParameter("good", goodScoreMin)
                .setParameter("campaign", campaignId)
                .getSingleResult();
        Map<Exclusion, Long> exclusions = new EnumMap<>(Exclusion.class);
        exclusions.put(Exclusion.OFF_NET, number(row[3]));
        exclusions.put(Exclusion.OVER_SPEED, number(row[4]));
        exclusions.put(Exclusion.TOO_FEW_CALLS, number(row[5]));
        return new SampleCounts(number(row[0]), number(row[1]), number(row[2]), exclusions);
    }

    /** How often each reason was ticked in a survey, every known code listed (zeros included), in the given order. */
    public Map<String, Long> reasonHistogram(UUID campaignId, Set<String> codes) {
        Map<String, Long> histogram = new LinkedHashMap<>();
        codes.forEach(code -> histogram.put(code, 0L));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT reason, count(*)
                  FROM voice.survey_response, unnest(reasons) AS reason
                 WHERE campaign_id = :campaign
                 GROUP BY reason""")
                .setParameter("campaign", campaignId)
                .getResultList();
        for (Object[] row : rows) {
            histogram.put((String) row[0], number(row[1]));
        }
        return histogram;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
