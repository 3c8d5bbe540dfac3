package org.qos.complaints.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.qos.complaints.domain.Category;
import org.qos.complaints.domain.Channel;
import org.qos.complaints.domain.ReceivedComplaints;
import org.qos.complaints.domain.ReportingPeriod;
import org.qos.complaints.domain.ResponseCounts;
import org.qos.complaints.domain.SupportCallCounts;

/** The aggregates the KPIs and gauges need, computed by PostgreSQL over indexed columns (never loaded into the heap). */
@ApplicationScoped
public class ComplaintStatisticsRepository {

    /** Overdue and due-soon open complaints of one operator. */
    public record AlertCounts(long overdue, long dueSoon) {
    }

    private final EntityManager entityManager;

    public ComplaintStatisticsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The complaints of one operator whose due time lies in {@code [from, until)}, by their standing at {@code now}. */
    public ResponseCounts responseCounts(String operatorId, Instant from, Instant until, Instant now) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                SELECT count(*) FILTER (WHERE responded_at IS NOT NULL AND responded_at <= response_due_at),
                       count(*) FILTER (WHERE responded_at IS NOT NULL AND responded_at > response_due_at),
                       count(*) FILTER (WHERE responded_at IS NULL AND response_due_at < :now),
                       count(*) FILTER (WHERE responded_at IS NULL AND response_due_at >= :now)
                  FROM complaints.complaint
                 WHERE operator_id = :operator AND response_due_at >= :from AND response_due_at < :until""")
                .setParameter("operator", operatorId)
                .setParameter("from", utc(from))
                .setParameter("until", utc(until))
                .setParameter("now", utc(now))
                .getSingleResult();
        return new ResponseCounts(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    /** Complaints of one operator received in {@code [from, until)}, by category and channel. */
    public ReceivedComplaints received(String operatorId, Instant from, Instant until) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT category, channel, count(*)
                  FROM complaints.complaint
                 WHERE operator_id = :operator AND received_at >= :from AND received_at < :until
                 GROUP BY category, channel""")
                .setParameter("operator", operatorId)
                .setParameter("from", utc(from))
                .setParameter("until", utc(until))
                .getResultList();
        ReceivedComplaints counts = ReceivedComplaints.none();
        for (Object[] row : rows) {
            counts.add(Category.valueOf((String) row[0]), Channel.valueOf((String) row[1]), number(row[2]));
        }
        return counts;
    }

    /** Support calls of one operator in {@code [from, until)}: answered within the limit (inclusive), later, abandoned. */
    public SupportCallCounts supportCalls(String operatorId, Instant from, Instant until, BigDecimal limitSeconds) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                SELECT count(*) FILTER (WHERE answered_after_seconds <= :limit),
                       count(*) FILTER (WHERE answered_after_seconds > :limit),
                       count(*) FILTER (WHERE answered_after_seconds IS NULL)
                  FROM complaints.support_call
                 WHERE operator_id = :operator AND at >= :from AND at < :until""")
                .setParameter("operator", operatorId)
                .setParameter("from", utc(from))
                .setParameter("until", utc(until))
                .setParameter("limit", limitSeconds)
                .getSingleResult();
        return new SupportCallCounts(number(row[0]), number(row[1]), number(row[2]));
    }

    /**
     * The operators with results in {@code period}: a subscriber count in force at its end (the rate's denominator: an
     * operator with no complaint in the period has a rate of 0, which is a result), a complaint received or due in it,
     * a support outage or call in it, or a closed period that overlaps it (whose rows may have been purged). In order.
     * Each part is one operator's rows, or one period's, through its index: not a scan of every row ever stored.
     */
    @SuppressWarnings("unchecked")
    public List<String> operators(ReportingPeriod period) {
        return entityManager.createNativeQuery("""
                SELECT operator_id FROM complaints.subscriber_count WHERE as_of <= :end
                UNION SELECT operator_id FROM complaints.complaint WHERE received_at >= :from AND received_at < :until
                UNION SELECT operator_id FROM complaints.complaint
                       WHERE response_due_at >= :from AND response_due_at < :until
                UNION SELECT operator_id FROM complaints.support_outage WHERE started_at < :until AND ended_at > :from
                UNION SELECT operator_id FROM complaints.support_call WHERE at >= :from AND at < :until
                UNION SELECT operator_id FROM complaints.closed_period
                       WHERE period_start <= :end AND period_end >= :start
                ORDER BY 1""")
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .setParameter("from", utc(period.from()))
                .setParameter("until", utc(period.until()))
                .getResultList();
    }

    /** Per operator with open complaints: overdue at {@code now}, and due in {@code [now, horizon]}. */
    public Map<String, AlertCounts> alertCounts(Instant now, Instant horizon) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT operator_id,
                       count(*) FILTER (WHERE response_due_at < :now),
                       count(*) FILTER (WHERE response_due_at >= :now)
                  FROM complaints.complaint
                 WHERE responded_at IS NULL AND response_due_at <= :horizon
                 GROUP BY operator_id""")
                .setParameter("now", utc(now))
                .setParameter("horizon", utc(horizon))
                .getResultList();
        Map<String, AlertCounts> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], new AlertCounts(number(row[1]), number(row[2])));
        }
        return counts;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
