package org.qos.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.qos.gateway.service.PublicationCsv;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Issue 15, one publication per period: publishing a period again is its next revision, which supersedes the
 * current one and says why. Each test publishes periods of its own (the database is emptied once per run).
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class PublicationRevisionsTest {

    private static final String LIST = "/api/v1/public/publications";

    @Inject
    AgroalDataSource dataSource;

    private static Response publish(String from, String to, String reasonJson) {
        String body = "{\"from\":\"" + from + "\",\"to\":\"" + to + "\""
                + (reasonJson == null ? "" : ",\"reason\":" + reasonJson) + "}";
        Response answer = given().contentType(ContentType.JSON).body(body).post("/api/v1/publications");
        // on a loaded machine the fake families may miss their 2 s (503, nothing stored): again
        for (int attempt = 0; attempt < 4 && answer.statusCode() == 503; attempt++) {
            answer = given().contentType(ContentType.JSON).body(body).post("/api/v1/publications");
        }
        return answer;
    }

    /** The listed publications of a period (every one of the list fits in a page of 1000). */
    private static List<Map<String, Object>> listed(String from, boolean history) {
        List<Map<String, Object>> all = given().queryParam("size", 1000).queryParam("history", history).get(LIST)
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(item -> from.equals(item.get("from"))).toList();
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void publishingAPeriodAgainIsARevisionThatSupersedesTheCurrentOneAndSaysWhy() {
        Response first = publish("2025-01-01", "2025-03-31", null);
        first.then().statusCode(201).body("revision", equalTo(1)).body("$", not(hasKey("supersedes")))
                .body("$", not(hasKey("reason"))).body("$", not(hasKey("supersededBy")));
        String firstId = first.jsonPath().getString("id");

        // again without a reason (or a blank one): 400 naming reason, nothing stored
        publish("2025-01-01", "2025-03-31", null).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].message", containsString(firstId));
        publish("2025-01-01", "2025-03-31", "\"  \"").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        assertEquals(1, listed("2025-01-01", true).size());

        Response second = publish("2025-01-01", "2025-03-31", "\"BETA's drive test was uploaded late\"");
        second.then().statusCode(201)
                .header("Location", containsString(LIST + "/"))
                .body("revision", equalTo(2))
                .body("supersedes", equalTo(firstId))
                .body("reason", equalTo("BETA's drive test was uploaded late"))
                .body("$", not(hasKey("supersededBy")));
        String secondId = second.jsonPath().getString("id");

        // the superseded one stays readable by id, with its own revision and its successor
        JsonPath old = given().get(LIST + "/{id}", firstId).then().statusCode(200).extract().jsonPath();
        assertEquals(1, old.getInt("revision"));
        assertEquals(secondId, old.getString("supersededBy"));
        assertEquals("2025-01-01", old.getString("from"));
        String current = given().get(LIST + "/{id}", secondId).then().statusCode(200).extract().asString();
        assertEquals(second.asString(), current, "the current revision is served exactly as published");

        // the list: the current revision of the period; with history, both, the superseded one naming its successor
        List<Map<String, Object>> listed = listed("2025-01-01", false);
        assertEquals(1, listed.size(), listed.toString());
        assertEquals(secondId, listed.get(0).get("id"));
        assertEquals(2, listed.get(0).get("revision"));
        assertEquals(firstId, listed.get(0).get("supersedes"));
        assertEquals("BETA's drive test was uploaded late", listed.get(0).get("reason"));
        List<Map<String, Object>> history = listed("2025-01-01", true);
        assertEquals(List.of(secondId, firstId), history.stream().map(item -> item.get("id")).toList());
        assertEquals(secondId, history.get(1).get("supersededBy"));
        assertFalse(history.get(0).containsKey("supersededBy"));
        int currentCount = Integer.parseInt(given().get(LIST).then().extract().header("X-Total-Count"));
        int allCount = Integer.parseInt(given().queryParam("history", "true").get(LIST).then().extract()
                .header("X-Total-Count"));
        assertTrue(allCount > currentCount, allCount + " of every revision, " + currentCount + " current");
        given().queryParam("history", "yes").get(LIST).then().statusCode(400).body("errors[0].field",
                equalTo("history"));

        // the open data carries the revision (and what it supersedes), then the KPI's names in both languages
        List<String> csv = given().queryParam("format", "csv").get(LIST + "/{id}", secondId).then().statusCode(200)
                .extract().asString().lines().toList();
        assertEquals(String.join(",", PublicationCsv.HEADER), csv.get(0));
        assertTrue(csv.get(0).endsWith(",verdict,conclusive,revision,supersedes,kpiNameVi,kpiNameEn"), csv.get(0));
        assertTrue(csv.size() > 1);
        csv.subList(1, csv.size()).forEach(line -> assertTrue(line.contains(",2," + firstId + ","), line));
        given().queryParam("format", "csv").get(LIST + "/{id}", firstId).then().statusCode(200).extract().asString()
                .lines().skip(1).map(line -> line.split(",", -1))
                .forEach(cells -> assertEquals(List.of("1", ""), List.of(cells[30], cells[31]), String.join(",", cells)));

        // a third revision supersedes the second
        publish("2025-01-01", "2025-03-31", "\"a correction\"").then().statusCode(201).body("revision", equalTo(3))
                .body("supersedes", equalTo(secondId));
        given().get(LIST + "/{id}", secondId).then().body("supersededBy", not(equalTo(null)));
        assertEquals(1, listed("2025-01-01", false).size());
        assertEquals(3, listed("2025-01-01", true).size());
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aReasonIsBoundedTextAndMayComeWithTheFirstPublication() {
        publish("2025-04-01", "2025-06-30", "null").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        publish("2025-04-01", "2025-06-30", "42").then().statusCode(400);
        publish("2025-04-01", "2025-06-30", "\"" + "x".repeat(1001) + "\"").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        publish("2025-04-01", "2025-06-30", "\"a\\u0000b\"").then().statusCode(400)
                .body("errors[0].field", equalTo("reason")).body("errors[0].message", containsString("NUL"));
        publish("2025-04-01", "2025-06-30", "\"a\\ud800b\"").then().statusCode(400)
                .body("errors[0].field", equalTo("reason")).body("errors[0].message", containsString("lone surrogate"));
        assertEquals(0, listed("2025-04-01", true).size());

        publish("2025-04-01", "2025-06-30", "\"" + "y".repeat(1000) + "\"").then().statusCode(201)
                .body("revision", equalTo(1)).body("reason", equalTo("y".repeat(1000)))
                .body("$", not(hasKey("supersedes")));
        // another period with the same start is another period
        publish("2025-04-01", "2025-04-30", null).then().statusCode(201).body("revision", equalTo(1));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void twoPublicationsOfAPeriodAtOnceBecomeTwoRevisionsNeverTheSameOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Response> task = () -> publish("2025-07-01", "2025-09-30", "\"published twice at once\"");
            List<Future<Response>> answers = pool.invokeAll(List.of(task, task));
            Set<Integer> revisions = new java.util.TreeSet<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertEquals(201, response.statusCode(), response.asString());
                revisions.add(response.jsonPath().getInt("revision"));
            }
            assertEquals(Set.of(1, 2), revisions);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, listed("2025-07-01", false).size());
        assertEquals(2, listed("2025-07-01", true).size());
    }

    @Test
    void aPublicationOfBeforeRevisionsIsServedWithTheRevisionItsRowWasGiven() throws SQLException {
        // as the migration leaves them: snapshots without revision fields, numbered in their rows
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            insertLegacy(connection, first, 1, null, null);
            insertLegacy(connection, second, 2, first, "Published again before publications had revisions");
        }
        given().get(LIST + "/{id}", first).then().statusCode(200).body("revision", equalTo(1))
                .body("supersededBy", equalTo(second.toString())).body("$", not(hasKey("supersedes")));
        given().get(LIST + "/{id}", second).then().statusCode(200).body("revision", equalTo(2))
                .body("supersedes", equalTo(first.toString()))
                .body("reason", equalTo("Published again before publications had revisions"))
                .body("$", not(hasKey("supersededBy")));
        String csv = given().queryParam("format", "csv").get(LIST + "/{id}", second).then().statusCode(200)
                .extract().asString();
        assertTrue(csv.lines().skip(1).allMatch(line -> line.contains(",2," + first + ",")), csv);
        assertEquals(Set.of(second.toString()), listed("1998-01-01", false).stream()
                .map(item -> (String) item.get("id")).collect(Collectors.toSet()));
    }

    private static void insertLegacy(Connection connection, UUID id, int revision, UUID supersedes, String reason)
            throws SQLException {
        String snapshot = "{\"id\":\"" + id + "\",\"from\":\"1998-01-01\",\"to\":\"1998-03-31\","
                + "\"publishedAt\":\"1998-04-02T09:00:00+07:00\",\"publishedBy\":\"regulator\","
                + "\"profile\":{\"standard\":\"TCN 68-228:2004\",\"version\":\"1\"},\"methods\":{},"
                + "\"scorecards\":[{\"operatorId\":\"ALPHA\",\"overall\":\"PASS\",\"families\":{\"voice\":"
                + "{\"status\":\"OK\",\"results\":[{\"kpiId\":\"voice.quality\",\"verdict\":\"PASS\"}]}}}]}";
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO publications.publication (id,"
                + " period_from, period_to, published_at, published_by, profile_standard, profile_version, operators,"
                + " snapshot, snapshot_sha256, revision, supersedes, reason) VALUES (?, ?, ?, ?, 'regulator',"
                + " 'TCN 68-228:2004', '1', '[{\"operatorId\":\"ALPHA\",\"overall\":\"PASS\"}]', ?, 'test', ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, LocalDate.of(1998, 1, 1));
            insert.setObject(3, LocalDate.of(1998, 3, 31));
            insert.setObject(4, OffsetDateTime.parse("1998-04-02T09:00:00+07:00").plusMinutes(revision));
            insert.setString(5, snapshot);
            insert.setInt(6, revision);
            insert.setObject(7, supersedes);
            insert.setString(8, reason);
            assertEquals(1, insert.executeUpdate());
        }
    }

    @Test
    void theDocumentDescribesRevisionsTypedWithWhatIsAlwaysThereRequired() {
        JsonPath api = given().accept(ContentType.JSON).queryParam("format", "json").get("/q/openapi-gateway")
                .then().statusCode(200).extract().jsonPath();
        for (String schema : List.of("PublicationDocument", "PublicationSummary")) {
            String base = "components.schemas." + schema;
            schema = schema + " " + api.getMap(base);
            assertEquals("integer", api.getString(base + ".properties.revision.type"), schema);
            assertEquals("#/components/schemas/UUID", api.getString(base + ".properties.supersedes.'$ref'"), schema);
            assertEquals("#/components/schemas/UUID", api.getString(base + ".properties.supersededBy.'$ref'"), schema);
            assertEquals("string", api.getString(base + ".properties.reason.type"), schema);
            List<String> required = api.getList(base + ".required");
            assertTrue(required.contains("revision") && required.contains("id"), schema + " " + required);
            assertFalse(required.contains("supersedes") || required.contains("supersededBy")
                    || required.contains("reason"), schema + " " + required);
        }
        assertEquals("string", api.getString("components.schemas.PublicationRequest.properties.reason.type"));
        assertEquals(1000, api.getInt("components.schemas.PublicationRequest.properties.reason.maxLength"));
        assertFalse(api.getList("components.schemas.PublicationRequest.required").contains("reason"));
        List<Map<String, Object>> parameters = api.getList("paths.'/api/v1/public/publications'.get.parameters");
        Map<String, Object> history = parameters.stream().filter(p -> "history".equals(p.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no history parameter: " + parameters));
        assertEquals("query", history.get("in"));
        assertEquals("boolean", ((Map<?, ?>) history.get("schema")).get("type"));
        given().accept(ContentType.JSON).queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.PublicationDocument.properties", hasKey("supersededBy"))
                .body("paths.'/api/v1/public/publications'.get.parameters.name", hasItem("history"));
    }
}
