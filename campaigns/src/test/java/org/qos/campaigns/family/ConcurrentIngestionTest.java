package org.qos.campaigns.family;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.upload.UploadReception;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Ingestion under load and under contention, against the real PostgreSQL: a close racing an upload never leaves
 * rows after the frozen result (and does not wait for an upload whose body is still arriving), resends of one key
 * answer one receipt, and a bad row deep in a large batch leaves no row at all.
 */
@QuarkusTest
class ConcurrentIngestionTest {

    private static final Duration WAIT = Duration.ofSeconds(180);

    @TestHTTPResource("/api/v1/test/campaigns")
    URI campaigns;

    @Inject
    UploadReception reception;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    // --- a close racing an upload ----------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aCloseWhileAnUploadIsStillArrivingAnswersAtOnceAndTheUploadIs409() throws Exception {
        String id = CampaignLifecycleTest.create("RACE");
        int rows = 20_000;
        // about 2.5 s of pauses while the body streams: the upload holds nothing of the campaign meanwhile
        CompletableFuture<HttpResponse<String>> upload = http.sendAsync(
                HttpRequest.newBuilder(rowsOf(id)).header("Content-Type", CampaignLifecycleTest.CSV)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SlowCsv("S", rows, 200, 25))).build(),
                HttpResponse.BodyHandlers.ofString());
        awaitReceiving(upload);
        long start = System.nanoTime();
        HttpResponse<String> close = http.send(HttpRequest.newBuilder(closeOf(id))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, close.statusCode(), close.body());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(2).toNanos(), "the close waited for the upload");
        assertFalse(upload.isDone(), "the upload ended before the close: the test proves nothing");
        HttpResponse<String> uploaded = upload.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(409, uploaded.statusCode(), uploaded.body());
        assertNoRowsAfterTheFrozenResult(id, uploaded, rows);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aCloseRacingAnUploadLeavesEitherAllItsRowsFrozenOrNone() throws Exception {
        int rows = 5_000;
        String body = TestData.csv("R", rows);
        for (int delayMillis : new int[] {0, 20, 80, 250}) {
            String id = CampaignLifecycleTest.create("RACE");
            CompletableFuture<HttpResponse<String>> upload = http.sendAsync(
                    HttpRequest.newBuilder(rowsOf(id)).header("Content-Type", CampaignLifecycleTest.CSV)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(delayMillis);
            HttpResponse<String> close = http.send(HttpRequest.newBuilder(closeOf(id))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, close.statusCode(), close.body());
            assertNoRowsAfterTheFrozenResult(id, upload.get(WAIT.toSeconds(), TimeUnit.SECONDS), rows);
        }
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void anIdempotentResendWhileTheFirstIsStillArrivingAnswersTheSameReceipt() throws Exception {
        String id = CampaignLifecycleTest.create("RESEND");
        int rows = 20_000;
        // a client that timed out resends the same body with the same key while the first request still arrives:
        // whichever is stored first, the other answers its receipt
        CompletableFuture<HttpResponse<String>> first = http.sendAsync(
                HttpRequest.newBuilder(rowsOf(id)).header("Content-Type", CampaignLifecycleTest.CSV)
                        .header("Idempotency-Key", "resend-1")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SlowCsv("S", rows, 200, 25))).build(),
                HttpResponse.BodyHandlers.ofString());
        awaitReceiving(first);
        HttpResponse<String> resent = http.send(HttpRequest.newBuilder(rowsOf(id))
                .header("Content-Type", CampaignLifecycleTest.CSV).header("Idempotency-Key", "resend-1")
                .POST(HttpRequest.BodyPublishers.ofString(TestData.csv("S", rows))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> stored = first.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(200, stored.statusCode(), stored.body());
        assertEquals(200, resent.statusCode(), resent.body());
        assertEquals(stored.body(), resent.body(), "both answer the one receipt");
        assertEquals(rows, TestData.rowCount(id));
        assertEquals(1, TestData.batchCount(id));

        // the same key with another body, while the first still arrives: one is stored, the other is 409
        String other = CampaignLifecycleTest.create("RESEND");
        CompletableFuture<HttpResponse<String>> again = http.sendAsync(
                HttpRequest.newBuilder(rowsOf(other)).header("Content-Type", CampaignLifecycleTest.CSV)
                        .header("Idempotency-Key", "resend-2")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SlowCsv("S", rows, 200, 25))).build(),
                HttpResponse.BodyHandlers.ofString());
        awaitReceiving(again);
        HttpResponse<String> changed = http.send(HttpRequest.newBuilder(rowsOf(other))
                .header("Content-Type", CampaignLifecycleTest.CSV).header("Idempotency-Key", "resend-2")
                .POST(HttpRequest.BodyPublishers.ofString(TestData.csv("S", rows - 1))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> slow = again.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(409, slow.statusCode(), slow.body());
        assertTrue(slow.body().contains("idempotency-key-reused"), slow.body());
        assertEquals(rows - 1, TestData.rowCount(other));
        assertEquals(1, TestData.batchCount(other));
    }

    /** Waits until the upload is being received (admitted, its body arriving). */
    private void awaitReceiving(CompletableFuture<HttpResponse<String>> upload) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (reception.inProgress() == 0) {
            assertFalse(upload.isDone(), () -> "the upload ended before it was seen arriving: " + upload.join().body());
            if (System.nanoTime() > deadline) {
                fail("the upload was never seen arriving");
            }
            Thread.sleep(10);
        }
    }

    /** Either the upload committed before the close and the frozen result counts its rows, or it is 409. */
    private static void assertNoRowsAfterTheFrozenResult(String id, HttpResponse<String> upload, int rows) {
        int frozen = CampaignLifecycleTest.sampleTotal(id);
        switch (upload.statusCode()) {
            case 200 -> assertEquals(rows, frozen, "the upload committed first: the frozen result counts its rows");
            case 409 -> {
                assertEquals(0, frozen, "the upload came after the close");
                assertEquals(true, upload.body().contains("campaign-closed"), upload.body());
            }
            default -> fail("the upload answered " + upload.statusCode() + ": " + upload.body());
        }
        assertEquals(frozen, TestData.rowCount(id), "rows stored after the frozen result");
        assertEquals(frozen == 0 ? 0 : 1, TestData.batchCount(id));
    }

    // --- rollback deep in a large batch ----------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aBadRowInTheMiddleOfALargeBatchLeavesNoRows() {
        String id = CampaignLifecycleTest.create("LARGE");
        int rows = 50_000;
        StringBuilder csv = new StringBuilder(TestData.CSV_HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(i == 24_999 ? "M24999,2026-07-01T08:00:00+07:00,abc,true\n" : TestData.csvRow("M", i));
        }
        CampaignLifecycleTest.upload(id, CampaignLifecycleTest.CSV, csv.toString())
                .then().statusCode(400)
                .body("type", equalTo(CampaignLifecycleTest.PROBLEMS + "invalid-rows"))
                .body("detail", containsString("1 of 50000 rows are invalid"))
                .body("errors[0].row", equalTo(25_000))
                .body("errors[0].field", equalTo("score"));
        assertEquals(0, TestData.rowCount(id));
        assertEquals(0, TestData.batchCount(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aBadJsonRowInTheMiddleOfALargeBatchLeavesNoRows() {
        String id = CampaignLifecycleTest.create("LARGE");
        String json = TestData.json("N", 20_000);
        String bad = json.replace("{\"rowId\":\"N9999\",\"measuredAt\":\"2026-07-01T08:00:00Z\",\"score\":99,\"ok\":false}",
                "{\"rowId\":\"N9999\",\"measuredAt\":\"2026-07-01T08:00:00Z\",\"score\":99,\"ok\":\"no\"}");
        CampaignLifecycleTest.upload(id, ContentType.JSON.toString(), bad)
                .then().statusCode(400)
                .body("errors[0].row", equalTo(10_000))
                .body("errors[0].field", equalTo("ok"));
        assertEquals(0, TestData.rowCount(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aRowIdRepeatedDeepInALargeBatchRollsBackEveryRowCopiedBefore() {
        String id = CampaignLifecycleTest.create("LARGE");
        int rows = 50_000;
        StringBuilder csv = new StringBuilder(TestData.CSV_HEADER);
        for (int i = 0; i < rows; i++) {
            // row 40,000 repeats the id of row 10: the database refuses it in the middle of the COPY
            csv.append(TestData.csvRow("D", i == 39_999 ? 9 : i));
        }
        CampaignLifecycleTest.upload(id, CampaignLifecycleTest.CSV, csv.toString())
                .then().statusCode(400)
                .body("type", equalTo(CampaignLifecycleTest.PROBLEMS + "invalid-rows"))
                .body("errors[0].row", equalTo(40_000))
                .body("errors[0].field", equalTo("rowId"))
                .body("errors[0].message", containsString("D9"));
        assertEquals(0, TestData.rowCount(id));
        assertEquals(0, TestData.batchCount(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aLargeBatchEndingWithARowOfAnEarlierBatchIs409AndStoresNothing() {
        String id = CampaignLifecycleTest.create("LARGE");
        CampaignLifecycleTest.upload(id, CampaignLifecycleTest.CSV, TestData.csv("E", 10)).then().statusCode(200);
        int rows = 30_000;
        StringBuilder csv = new StringBuilder(TestData.CSV_HEADER);
        for (int i = 0; i < rows - 1; i++) {
            csv.append(TestData.csvRow("F", i));
        }
        csv.append(TestData.csvRow("E", 5));
        CampaignLifecycleTest.upload(id, CampaignLifecycleTest.CSV, csv.toString())
                .then().statusCode(409)
                .body("type", equalTo(CampaignLifecycleTest.PROBLEMS + "duplicate-row"))
                .body("errors[0].row", equalTo(rows))
                .body("errors[0].field", equalTo("rowId"));
        assertEquals(10, TestData.rowCount(id));
        assertEquals(1, TestData.batchCount(id));
        given().get(CampaignLifecycleTest.CAMPAIGNS + "/{id}/batches", id).then().header("X-Total-Count", "1");
    }

    private URI rowsOf(String id) {
        return URI.create(campaigns + "/" + id + "/rows");
    }

    private URI closeOf(String id) {
        return URI.create(campaigns + "/" + id + "/close");
    }

    /** A CSV body produced as it is read, pausing every {@code pauseEvery} rows: an upload that streams slowly. */
    static final class SlowCsv extends InputStream {
        private final String prefix;
        private final int rows;
        private final int pauseEvery;
        private final long pauseMillis;
        private int next = -1;
        private byte[] current = new byte[0];
        private int position;

        SlowCsv(String prefix, int rows, int pauseEvery, long pauseMillis) {
            this.prefix = prefix;
            this.rows = rows;
            this.pauseEvery = pauseEvery;
            this.pauseMillis = pauseMillis;
        }

        @Override
        public int read() {
            if (position == current.length && !advance()) {
                return -1;
            }
            return current[position++] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position == current.length && !advance()) {
                return -1;
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, n);
            position += n;
            return n;
        }

        private boolean advance() {
            if (next >= rows) {
                return false;
            }
            if (next == -1) {
                current = TestData.CSV_HEADER.getBytes(StandardCharsets.UTF_8);
            } else {
                if (next > 0 && next % pauseEvery == 0) {
                    try {
                        Thread.sleep(pauseMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                current = TestData.csvRow(prefix, next).getBytes(StandardCharsets.UTF_8);
            }
            next++;
            position = 0;
            return true;
        }
    }
}
