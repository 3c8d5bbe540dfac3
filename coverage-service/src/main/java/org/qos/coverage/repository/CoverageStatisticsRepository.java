package org.qos.coverage.repository;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.coverage.domain.BinCounts;
import org.qos.coverage.domain.BoundingBox;
import org.qos.coverage.domain.CoveredBin;
import org.qos.coverage.domain.Decimals;
import org.qos.coverage.domain.Exclusion;
import org.qos.coverage.domain.MeasuredBin;
import org.qos.coverage.domain.SampleCounts;
import org.qos.coverage.domain.Street;
import org.qos.coverage.domain.StreetCounts;

/**
 * The aggregates a coverage result needs, computed by PostgreSQL over a campaign's rows (never loaded into the
 * heap). A bin is {@code (floor(merc_x / binMeters), floor(merc_y / binMeters))} over the Web Mercator position
 * stored with each sample; whether it is covered is {@link CoveredBin}'s rule (its SQL form, in {@link #BIN_LEVELS}):
 * the KPI counts the bins it covers and the map shows its verdict per bin.
 */
@ApplicationScoped
public class CoverageStatisticsRepository {

    /** The measured bins with their median level and verdict ({@code :bin} metres, {@code :threshold} dBm). */
    static final String BIN_LEVELS = "SELECT bin_x, bin_y, samples, median_dbm, median_dbm " + CoveredBin.SQL_COVERED
            + " AS covered FROM (SELECT CAST(floor(merc_x / :bin) AS bigint) AS bin_x,"
            + " CAST(floor(merc_y / :bin) AS bigint) AS bin_y, count(*) AS samples, " + CoveredBin.SQL_MEDIAN
            + " AS median_dbm FROM coverage.sample WHERE campaign_id = :campaign AND exclusion IS NULL"
            + " GROUP BY 1, 2) AS measured";

    /**
     * The streets the campaign measured: the distinct street ids of its valid samples, computed once (MATERIALIZED)
     * and then matched with the inventory. Written so on purpose: as a semi-join (street_id IN (samples ...)) or a
     * correlated NOT EXISTS, the planner, right after a large batch and before autovacuum has analysed it, believed
     * the campaign had few samples and scanned them once per street of the inventory (2,000 streets x 1,000,000
     * samples: the upload's statistics ran past the transaction timeout and the upload answered 500).
     */
    private static final String MEASURED = """
            WITH measured AS MATERIALIZED (SELECT DISTINCT street_id
                                             FROM coverage.sample
                                            WHERE campaign_id = :campaign AND exclusion IS NULL)
            """;

    private final EntityManager entityManager;

    public CoverageStatisticsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A campaign's sample counts and its streets, read together. */
    public record SamplesAndStreets(SampleCounts samples, StreetCounts streets) {
    }

    /**
     * The campaign's samples counted by exclusion, the area's inventory and the streets of it with at least one valid
     * sample, in one pass over the campaign's rows: they are grouped by street once (a few thousand groups), and the
     * counts and the measured streets are read from the groups. Two queries over the rows (counts, then distinct
     * streets) took about twice as long at a million samples; the groups are MATERIALIZED for the reason given at
     * {@link #MEASURED}.
     */
    public SamplesAndStreets samplesAndStreets(UUID campaignId, String areaCode) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                WITH by_street AS MATERIALIZED (
                         SELECT street_id,
                                count(*) AS total,
                                count(*) FILTER (WHERE exclusion IS NULL) AS valid,
                                count(*) FILTER (WHERE exclusion = 'INDOOR') AS indoor,
                                count(*) FILTER (WHERE exclusion = 'OVER_SPEED') AS over_speed
                           FROM coverage.sample
                          WHERE campaign_id = :campaign
                          GROUP BY street_id)
                SELECT coalesce(sum(total), 0), coalesce(sum(valid), 0), coalesce(sum(indoor), 0),
                       coalesce(sum(over_speed), 0),
                       (SELECT count(*) FROM coverage.street WHERE area_code = :area),
                       (SELECT count(*)
                          FROM coverage.street s JOIN by_street b ON b.street_id = s.street_id
                         WHERE s.area_code = :area AND b.valid > 0)
                  FROM by_street""")
                .setParameter("campaign", campaignId)
                .setParameter("area", areaCode)
                .getSingleResult();
        Map<Exclusion, Long> exclusions = new EnumMap<>(Exclusion.class);
        exclusions.put(Exclusion.INDOOR, number(row[2]));
        exclusions.put(Exclusion.OVER_SPEED, number(row[3]));
        return new SamplesAndStreets(new SampleCounts(number(row[0]), number(row[1]), exclusions),
                new StreetCounts(number(row[4]), number(row[5])));
    }

    /** The street ids of an area's inventory. */
    public Set<String> inventory(String areaCode) {
        @SuppressWarnings("unchecked")
        List<String> ids = entityManager.createNativeQuery("SELECT street_id FROM coverage.street WHERE area_code = :area")
                .setParameter("area", areaCode)
                .getResultList();
        return Set.copyOf(ids);
    }

    /** Measured bins, and those covered. */
    public BinCounts bins(UUID campaignId, int binMeters, BigDecimal thresholdDbm) {
        Object[] row = (Object[]) entityManager.createNativeQuery("WITH bin AS (" + BIN_LEVELS + ")"
                + " SELECT count(*), count(*) FILTER (WHERE covered) FROM bin")
                .setParameter("bin", binMeters)
                .setParameter("campaign", campaignId)
                .setParameter("threshold", thresholdDbm)
                .getSingleResult();
        return new BinCounts(number(row[0]), number(row[1]));
    }

    /**
     * One page of the measured bins with their median level and verdict, south to north, then west to east; only
     * the bins intersecting {@code box} when there is one. The total is counted in the same query.
     */
    public Page<MeasuredBin> measuredBins(UUID campaignId, int binMeters, BigDecimal thresholdDbm, BoundingBox box,
            PageRequest page) {
        String levels = box == null ? BIN_LEVELS : BIN_LEVELS.replace("AND exclusion IS NULL", """
                AND exclusion IS NULL
                AND merc_x >= :x0 AND merc_x < :x1 AND merc_y >= :y0 AND merc_y < :y1""");
        var query = entityManager.createNativeQuery("SELECT m.*, count(*) OVER () FROM (" + levels + ") AS m"
                + " ORDER BY m.bin_y, m.bin_x LIMIT :size OFFSET :offset");
        bind(query, campaignId, binMeters, thresholdDbm, box);
        query.setParameter("size", page.size());
        query.setParameter("offset", (long) page.page() * page.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<MeasuredBin> bins = rows.stream()
                .map(r -> new MeasuredBin(number(r[0]), number(r[1]), binMeters, number(r[2]), decimal(r[3]),
                        (Boolean) r[4]))
                .toList();
        if (!rows.isEmpty()) {
            return new Page<>(bins, number(rows.get(0)[5]));
        }
        // past the last page (or nothing measured): count on its own
        var count = entityManager.createNativeQuery("SELECT count(*) FROM (" + levels + ") AS m");
        bind(count, campaignId, binMeters, thresholdDbm, box);
        return new Page<>(bins, number(count.getSingleResult()));
    }

    private static void bind(jakarta.persistence.Query query, UUID campaignId, int binMeters, BigDecimal thresholdDbm,
            BoundingBox box) {
        query.setParameter("bin", binMeters);
        query.setParameter("campaign", campaignId);
        query.setParameter("threshold", thresholdDbm);
        if (box != null) {
            BoundingBox.Cells cells = box.cells(binMeters);
            query.setParameter("x0", (double) cells.x0() * binMeters);
            query.setParameter("x1", (double) (cells.x1() + 1) * binMeters);
            query.setParameter("y0", (double) cells.y0() * binMeters);
            query.setParameter("y1", (double) (cells.y1() + 1) * binMeters);
        }
    }

    /** The area's streets without any valid sample of the campaign, by street id. */
    public Page<Street> unmeasuredStreets(UUID campaignId, String areaCode, PageRequest page) {
        String unmeasured = """
                  FROM coverage.street s
                 WHERE s.area_code = :area
                   AND NOT EXISTS (SELECT 1 FROM measured m WHERE m.street_id = s.street_id)""";
        long total = number(entityManager.createNativeQuery(MEASURED + "SELECT count(*)" + unmeasured)
                .setParameter("area", areaCode)
                .setParameter("campaign", campaignId)
                .getSingleResult());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(MEASURED + "SELECT s.street_id, s.name, s.length_meters" + unmeasured
                        + " ORDER BY s.street_id LIMIT :limit OFFSET :offset")
                .setParameter("area", areaCode)
                .setParameter("campaign", campaignId)
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
        return new Page<>(rows.stream().map(r -> new Street((String) r[0], (String) r[1], decimal(r[2]))).toList(), total);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        BigDecimal number = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        return Decimals.plain(number);
    }
}
