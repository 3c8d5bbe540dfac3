package org.qos.voice.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.batch.BatchUpload;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.common.problem.ProblemException;
import org.qos.common.security.Caller;
import org.qos.voice.domain.Campaign;
import org.qos.voice.domain.Method;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The voice service on the shared lifecycle, against the real database: the good-score rule, tenancy, freezing. */
@QuarkusTest
class VoiceCampaignServiceTest {

    private static final Caller ALPHA = new Caller("alpha", false, "ALPHA");
    private static final Caller REGULATOR = new Caller("regulator", true, null);

    @Inject
    VoiceCampaignService service;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theGoodScoreRuleCountsExactlyTheThresholdAndNothingBelowIt() {
        Campaign campaign = objectiveCampaign(ALPHA);
        upload(campaign, """
                callId,startedAt,score,speedKmh,onNet
                A,2026-07-01T08:00:00+07:00,3.0,10,true
                B,2026-07-01T08:01:00+07:00,2.999,10,true
                C,2026-07-01T08:02:00+07:00,4.5,10,true
                D,2026-07-01T08:03:00+07:00,3.5,31,true
                """);
        JsonNode result = service.results(campaign.getId(), ALPHA).get(0);
        assertEquals(4, result.at("/sample/total").asLong());
        assertEquals(3, result.at("/sample/valid").asLong(), "the call over 30 km/h is excluded");
        assertEquals(2.0 / 3.0, result.at("/value").asDouble(), 1e-12, "3.0 counts as good, 2.999 does not");
    }

    @Test
    void anOperatorCreatesForItselfOnlyAndTheRegulatorForAnyone() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> service.create(request("BETA"), ALPHA));
        assertEquals(403, refused.problem().status());
        assertEquals("BETA", service.create(request("BETA"), REGULATOR).getOperatorId());
    }

    @Test
    void aClosedCampaignKeepsItsResultWhateverHappensToItsRows() throws SQLException {
        Campaign campaign = objectiveCampaign(ALPHA);
        upload(campaign, "callId,startedAt,score,speedKmh,onNet\nA,2026-07-01T08:00:00+07:00,4.0,10,true\n");
        service.close(campaign.getId(), ALPHA);
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO voice.objective_call (campaign_id, batch_id, row_no, call_id, started_at, score, speed_kmh,"
                        + " on_net) VALUES (?, ?, 1, 'late', ?, 1.0, 0, true)")) {
            insert.setObject(1, campaign.getId());
            insert.setObject(2, UUID.randomUUID());
            insert.setObject(3, OffsetDateTime.parse("2026-07-02T08:00:00+07:00"));
            insert.executeUpdate();
        }
        // a session of its own: the test's request-scoped session still holds the campaign as it was before the close
        JsonNode frozen = QuarkusTransaction.requiringNew().call(() -> service.results(campaign.getId(), ALPHA).get(0));
        assertEquals(1, frozen.at("/sample/total").asLong());
        assertEquals(1.0, frozen.at("/value").asDouble());
        ProblemException closed = assertThrows(ProblemException.class, () -> upload(campaign,
                "callId,startedAt,score,speedKmh,onNet\nB,2026-07-01T08:00:00+07:00,4.0,10,true\n"));
        assertEquals(409, closed.problem().status());
    }

    private Campaign objectiveCampaign(Caller caller) {
        return service.create(request(caller.operatorId()), caller);
    }

    private static VoiceCampaignService.NewCampaign request(String operatorId) {
        return new VoiceCampaignService.NewCampaign(operatorId, "HN", Method.OBJECTIVE, LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-09-30"), null, null);
    }

    private void upload(Campaign campaign, String csv) {
        service.upload(campaign.getId(), ALPHA, new BatchUpload(BodyFormat.CSV,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false, null));
    }
}
