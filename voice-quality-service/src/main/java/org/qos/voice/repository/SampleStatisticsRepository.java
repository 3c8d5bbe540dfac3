package org.qos.voice.repository;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.qos.voice.domain.Exclusion;
import org.qos.voice.domain.GoodScore;
import org.qos.voice.domain.Method;
import org.qos.voice.domain.SampleCounts;

/**
 * The aggregates a result needs, computed by PostgreSQL over a campaign's rows (never loaded into the heap): the
 * reference of the statistics kept, which each batch's rows, counted as they are copied ({@code SampleTally}), add to.
 * Native
 * SQL through the {@code EntityManager}: one aggregate query with FILTER clauses, nothing Panache would express.
 * The good-score test of clause 3.4 is decided once, in {@link GoodScore}: scores stay on their instrument's native
 * scale in the table, and the query compares each valid one with the native bound GoodScore derived from the
 * mapping's inverse, by the predicate GoodScore writes ({@link GoodScore#sqlTest}).
 */
@ApplicationScoped
public class SampleStatisticsRepository {

    private final EntityManager entityManager;

    public SampleStatisticsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The counts of a campaign's samples. */
    public SampleCounts counts(UUID campaignId, Method method, GoodScore good) {
        String table = switch (method) {
            case OBJECTIVE -> "voice.objective_call";
            case CUSTOMER_SURVEY -> "voice.survey_response";
            case EXPERT_PANEL -> "voice.expert_opinion";
        };
        String exclusion = method == Method.CUSTOMER_SURVEY ? "NULL" : "exclusion";
        String isGood = good.sqlTest("score", "good");
        Query query = entityManager.createNativeQuery("""
                SELECT count(*),
                       count(*) FILTER (WHERE %2$s IS NULL),
                       count(*) FILTER (WHERE %2$s IS NULL AND %3$s),
                       count(*) FILTER (WHERE %2$s = 'OFF_NET'),
                       count(*) FILTER (WHERE %2$s = 'OVER_SPEED'),
                       count(*) FILTER (WHERE %2$s = 'TOO_FEW_CALLS')
                  FROM %1$s
                 WHERE campaign_id = :campaign""".formatted(table, exclusion, isGood))
                .setParameter("campaign", campaignId);
        if (good.bound() != null) {
            query.setParameter("good", good.bound());
        }
        Object[] row = (Object[]) query.getSingleResult();
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
        Query query = entityManager.createNativeQuery("""
                SELECT reason, count(*)
                  FROM voice.survey_response, unnest(reasons) AS reason
                 WHERE campaign_id = :campaign
                 GROUP BY reason""")
                .setParameter("campaign", campaignId);
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            histogram.put((String) row[0], number(row[1]));
        }
        return histogram;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
