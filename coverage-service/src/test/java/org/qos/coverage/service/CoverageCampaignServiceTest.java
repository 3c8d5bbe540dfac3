package org.qos.coverage.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.batch.BatchUpload;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.common.problem.ProblemException;
import org.qos.common.security.Caller;
import org.qos.coverage.domain.Campaign;
import org.qos.coverage.domain.MeasuredBin;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The coverage lifecycle against the real local PostgreSQL (database qos_test), without HTTP. */
@QuarkusTest
class CoverageCampaignServiceTest {

    static final Caller REGULATOR = new Caller("regulator", true, null);
    static final Caller ALPHA = new Caller("alpha", false, "ALPHA");
    /** A year no other test measures, so that compliance windows hold only this class's campaigns. */
    static final LocalDate START = LocalDate.parse("2031-01-01");
    static final LocalDate END = LocalDate.parse("2031-03-31");

    @Inject
    CoverageCampaignService service;

    @Inject
    AgroalDataSource dataSource;

    Campaign create(String operatorId, String areaCode, LocalDate start, LocalDate end) {
        return create(operatorId, areaCode, start, end, REGULATOR);
    }

    Campaign create(String operatorId, String areaCode, LocalDate start, LocalDate end, Caller creator) {
        return service.create(new CoverageCampaignService.NewCampaign(operatorId, areaCode, start, end,
                new BigDecimal("-85"), null), creator);
    }

    /** Three valid samples: two in one bin (median -85, covered), one far away (-100, not covered). */
    void upload(UUID id, Caller caller) {
        String csv = "at,lat,lon,signalDbm,speedKmh,streetId,outdoor\n"
                + "2031-02-15T10:00:00+07:00,21.03,105.85,-80,10,,true\n"
                + "2031-02-15T10:00:05+07:00,21.03,105.85,-90,10,,true\n"
                + "2031-02-15T10:10:00+07:00,21.05,105.90,-100,10,,true\n";
        service.upload(id, caller, new BatchUpload(BodyFormat.CSV,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false, null));
    }

    static String area() {
        return "S" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void closeFreezesTheResult() throws SQLException {
        // the operator's own campaign: it uploads its measurements and closes it (the regulator's would be 403)
        Campaign campaign = create("ALPHA", area(), START, END, ALPHA);
        UUID id = campaign.getId();
        upload(id, ALPHA);
        JsonNode open = service.results(id, ALPHA).get(0);
        assertEquals(3, open.path("sample").path("total").asInt());
        assertEquals(0.5, open.path("value").asDouble());

        service.close(id, ALPHA);
        ProblemException closed = assertThrows(ProblemException.class, () -> upload(id, ALPHA));
        assertEquals(409, closed.problem().status());
        ProblemException again = assertThrows(ProblemException.class, () -> service.close(id, REGULATOR));
        assertEquals(409, again.problem().status());

        // the rows go; the frozen result stays as it was when the campaign was closed
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM coverage.sample WHERE campaign_id = ?")) {
            delete.setObject(1, id);
            assertEquals(3, delete.executeUpdate());
        }
        // read as a later request would, in a session of its own (this test's session still holds the open campaign)
        JsonNode frozen = QuarkusTransaction.requiringNew().call(() -> service.results(id, REGULATOR).get(0));
        assertEquals(3, frozen.path("sample").path("total").asInt());
        assertEquals(0.5, frozen.path("value").asDouble());
        assertEquals(open.path("bins").toString(), frozen.path("bins").toString());
    }

    @Test
    void theMapAndTheResultJudgeBinsByTheSameRule() {
        UUID id = create("ALPHA", area(), START, END).getId();
        upload(id, REGULATOR);
        List<MeasuredBin> bins = service.map(id, null, org.qos.common.paging.PageRequest.of(0, 1000), ALPHA).items();
        JsonNode result = service.results(id, ALPHA).get(0);
        assertEquals(result.path("bins").path("measured").asLong(), bins.size());
        assertEquals(result.path("bins").path("covered").asLong(), bins.stream().filter(MeasuredBin::covered).count());
        assertTrue(bins.stream().anyMatch(bin -> bin.covered() && bin.medianDbm().compareTo(new BigDecimal("-85")) == 0));
    }

    @Test
    void complianceListsOnlyTheCallersOperatorInAreaOrder() {
        LocalDate start = LocalDate.parse("2031-07-01");
        LocalDate end = LocalDate.parse("2031-09-30");
        String later = "Z" + area();
        String earlier = "A" + area();
        UUID alphaLater = create("ALPHA", later, start, end).getId();
        UUID alphaEarlier = create("ALPHA", earlier, start, end).getId();
        UUID beta = create("BETA", area(), start, end).getId();

        List<JsonNode> alphas = service.compliance(null, start, end, ALPHA);
        assertEquals(List.of(alphaEarlier.toString(), alphaLater.toString()), campaignIds(alphas));
        assertTrue(alphas.stream().allMatch(result -> result.path("operatorId").asText().equals("ALPHA")));

        ProblemException forbidden = assertThrows(ProblemException.class,
                () -> service.compliance("BETA", start, end, ALPHA));
        assertEquals(403, forbidden.problem().status());

        List<JsonNode> all = service.compliance(null, start, end, REGULATOR);
        assertEquals(List.of(alphaEarlier.toString(), alphaLater.toString(), beta.toString()), campaignIds(all));

        ProblemException reversed = assertThrows(ProblemException.class,
                () -> service.compliance(null, end, start, REGULATOR));
        assertEquals(400, reversed.problem().status());
    }

    static List<String> campaignIds(List<JsonNode> results) {
        return results.stream().map(result -> result.path("campaignId").asText()).toList();
    }
}
