package org.qos.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.qos.client.ApiClient;
import org.qos.client.ApiException;
import org.qos.client.ApiResponse;
import org.qos.client.api.PublicationsApi;
import org.qos.client.api.ScorecardsApi;
import org.qos.client.api.VoiceQualityClause34Api;
import org.qos.client.model.KpiResult;
import org.qos.client.model.Problem;
import org.qos.client.model.PublicationDocument;
import org.qos.client.model.PublicationRequest;
import org.qos.client.model.Scorecard;
import org.qos.client.model.VoiceCampaign;
import org.qos.client.model.VoiceCampaignRequest;

/**
 * A third party's flow through the Java client that openapi-generator (generator java, library native) made from the
 * gateway's whole-API document, used as generated: nothing here is hand-written HTTP but the token request to
 * Keycloak, which is not part of the API.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedJavaClientFlowTest {

    static final String GATEWAY = System.getProperty("qos.gateway.url", "http://127.0.0.1:8080");
    static final String KEYCLOAK = System.getProperty("qos.keycloak.url", "http://127.0.0.1:8180");
    /** A quarter of its own, so that the flow's campaign is the only voice result of ALPHA there. */
    static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    static final LocalDate TO = LocalDate.of(2026, 12, 31);

    static ApiClient operator;
    static ApiClient regulator;
    static ApiClient anonymous;
    static UUID campaignId;
    static UUID publicationId;

    @BeforeAll
    static void clients() throws Exception {
        operator = client(token("alpha"));
        regulator = client(token("regulator"));
        anonymous = client(null);
    }

    @Test
    @Order(1)
    void createsAVoiceCampaign() throws ApiException {
        ApiResponse<VoiceCampaign> created = new VoiceQualityClause34Api(operator).createVoiceCampaignWithHttpInfo(
                new VoiceCampaignRequest().operatorId("ALPHA").areaCode("HN")
                        .method(org.qos.client.model.Method.OBJECTIVE).periodStart(FROM).periodEnd(TO));
        assertEquals(201, created.getStatusCode());
        VoiceCampaign campaign = created.getData();
        assertNotNull(campaign.getId());
        assertEquals("ALPHA", campaign.getOperatorId());
        assertEquals(org.qos.client.model.Method.OBJECTIVE, campaign.getMethod());
        campaignId = campaign.getId();
        // the Location of a creation through the gateway names the gateway
        String location = created.getHeaders().get("Location").get(0);
        assertTrue(location.startsWith(GATEWAY + "/api/v1/voice/campaigns/" + campaignId), location);
    }

    /**
     * JSON rows through the JSON upload: an array of the family's row schema. Called by its expected operationId
     * (uploadVoiceSamples) through reflection only because the operation is being typed in parallel: until the
     * merged document has it, this step is reported as skipped (aborted), not passed.
     */
    @Test
    @Order(2)
    void uploadsJsonRows() throws Exception {
        VoiceQualityClause34Api voice = new VoiceQualityClause34Api(operator);
        Method upload = operation(voice, "uploadVoiceSamplesWithHttpInfo", List.class);
        Type rowType = ((ParameterizedType) Arrays.stream(upload.getGenericParameterTypes())
                .filter(type -> type instanceof ParameterizedType p && p.getRawType() == List.class)
                .findFirst().orElseThrow()).getActualTypeArguments()[0];
        Class<?> rowClass = (Class<?>) rowType;
        List<Object> rows = List.<Map<String, Object>>of(
                Map.of("callId", "J1", "startedAt", "2026-10-01T08:30:00+07:00", "score", 3.8, "speedKmh", 12.5,
                        "onNet", true),
                Map.of("callId", "J2", "startedAt", "2026-10-01T08:31:00+07:00", "score", 2.9, "speedKmh", 31,
                        "onNet", true))
                .stream().map(row -> row(row, rowClass)).toList();
        ApiResponse<?> answer = (ApiResponse<?>) call(voice, upload, campaignId, rows, "json-rows-" + campaignId);
        assertEquals(200, answer.getStatusCode());
        assertEquals(2, accepted(answer.getData()));
    }

    /**
     * A CSV file through the CSV-only operation (uploadVoiceSamplesCsv, POST .../samples/csv, a text/csv string
     * body); skipped (aborted) while the merged document does not have it.
     */
    @Test
    @Order(3)
    void uploadsACsvFileThroughTheCsvOperation() throws Exception {
        VoiceQualityClause34Api voice = new VoiceQualityClause34Api(operator);
        Method upload = operation(voice, "uploadVoiceSamplesCsvWithHttpInfo", String.class);
        String csv = "callId,startedAt,score,speedKmh,onNet\n"
                + "K1,2026-10-02T08:30:00+07:00,4.1,0,true\n"
                + "K2,2026-10-02T08:31:00+07:00,3.2,5,false\n"
                + "K3,2026-10-02T08:32:00+07:00,2.5,10,true\n";
        ApiResponse<?> answer = (ApiResponse<?>) call(voice, upload, campaignId, csv, "csv-rows-" + campaignId);
        assertEquals(200, answer.getStatusCode());
        assertEquals(3, accepted(answer.getData()));
    }

    @Test
    @Order(4)
    void readsTheResult() throws ApiException {
        KpiResult result = new VoiceQualityClause34Api(operator).getVoiceCampaignResult(campaignId);
        assertEquals("voice.quality", result.getKpiId());
        assertEquals(campaignId, result.getCampaignId());
        assertEquals("ALPHA", result.getOperatorId());
        assertNotNull(result.getVerdict());
        assertNotNull(result.getSample());
        assertNotNull(result.getTarget());
    }

    @Test
    @Order(5)
    void readsAPagedListWithItsTotal() throws Exception {
        VoiceQualityClause34Api voice = new VoiceQualityClause34Api(operator);
        ApiResponse<?> page = (ApiResponse<?>) listCampaigns(voice, 0, 1);
        assertEquals(200, page.getStatusCode());
        long total = Long.parseLong(page.getHeaders().get("X-Total-Count").get(0));
        assertTrue(total >= 1, "X-Total-Count " + total);
        List<?> items = (List<?>) page.getData();
        assertEquals(1, items.size());
        VoiceCampaign first = operator.getObjectMapper().convertValue(items.get(0), VoiceCampaign.class);
        assertEquals(campaignId, first.getId());
    }

    @Test
    @Order(6)
    void readsAScorecard() throws ApiException {
        Scorecard scorecard = new ScorecardsApi(operator).getScorecard(FROM.toString(), TO.toString(), "ALPHA");
        assertEquals("ALPHA", scorecard.getOperatorId());
        assertNotNull(scorecard.getOverall());
        var voice = scorecard.getFamilies().get("voice");
        assertNotNull(voice, "the voice family of the scorecard");
        assertTrue(voice.getResults().stream().anyMatch(result -> campaignId.equals(result.getCampaignId())),
                "the flow's campaign is in the scorecard");
    }

    @Test
    @Order(7)
    void publishesAsTheRegulator() throws ApiException {
        ApiResponse<PublicationDocument> published = new PublicationsApi(regulator)
                // a reason: the TypeScript flow (or an earlier run) may have published the period already
                .publishScorecardsWithHttpInfo(new PublicationRequest().from(FROM.toString()).to(TO.toString())
                        .reason("generated Java client flow"));
        assertEquals(201, published.getStatusCode());
        PublicationDocument document = published.getData();
        assertEquals("regulator", document.getPublishedBy());
        assertFalse(document.getScorecards().isEmpty());
        assertTrue(document.getRevision() >= 1);
        publicationId = document.getId();
    }

    @Test
    @Order(8)
    void readsThePublicPublicationWithoutAToken() throws ApiException {
        PublicationDocument document = new PublicationsApi(anonymous).getPublicPublication(publicationId.toString(),
                null);
        assertEquals(publicationId, document.getId());
        assertEquals(FROM, document.getFrom());
        assertTrue(document.getScorecards().stream().anyMatch(card -> "ALPHA".equals(card.getOperatorId())));
    }

    @Test
    @Order(9)
    void receivesATypedProblemOnBadInput() throws Exception {
        ApiException refused = assertThrows(ApiException.class, () -> new VoiceQualityClause34Api(operator)
                .createVoiceCampaign(new VoiceCampaignRequest().operatorId("ALPHA").areaCode("HN")
                        .method(org.qos.client.model.Method.OBJECTIVE).periodStart(TO).periodEnd(FROM)));
        assertEquals(400, refused.getCode());
        assertTrue(refused.getResponseHeaders().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json"));
        Problem problem = operator.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(400, problem.getStatus());
        assertNotNull(problem.getTitle());
        assertFalse(problem.getErrors().isEmpty(), "errors[] names the field");
        assertNotNull(problem.getErrors().get(0).getField());

        ApiException anonymousRefused = assertThrows(ApiException.class,
                () -> new VoiceQualityClause34Api(anonymous).getVoiceCampaignResult(campaignId));
        assertEquals(401, anonymousRefused.getCode());
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The list of voice campaigns (listVoiceCampaigns, formerly getVoiceCampaigns), page 0 of size 1 of the quarter. */
    private static Object listCampaigns(VoiceQualityClause34Api voice, int page, int size) throws Exception {
        Method list = Arrays.stream(VoiceQualityClause34Api.class.getMethods())
                .filter(m -> m.getName().equals("listVoiceCampaignsWithHttpInfo")
                        || m.getName().equals("getVoiceCampaignsWithHttpInfo"))
                .filter(m -> m.getParameterCount() == 5).findFirst().orElseThrow();
        Object[] args = new Object[5];
        var parameters = list.getParameters();
        for (int i = 0; i < args.length; i++) {
            args[i] = switch (parameters[i].getName()) {
                case "from" -> FROM;
                case "to" -> TO;
                case "operatorId" -> "ALPHA";
                case "page" -> parameters[i].getType() == String.class ? (Object) String.valueOf(page) : page;
                case "size" -> parameters[i].getType() == String.class ? (Object) String.valueOf(size) : size;
                default -> null;
            };
        }
        return call(voice, list, args);
    }

    /** The generated method NAME (without the headers map) whose parameters include BODY_TYPE, or the step aborts. */
    private static Method operation(Object api, String name, Class<?> bodyType) {
        Optional<Method> method = Arrays.stream(api.getClass().getMethods())
                .filter(m -> m.getName().equals(name))
                .filter(m -> Arrays.asList(m.getParameterTypes()).contains(bodyType))
                .filter(m -> !Arrays.asList(m.getParameterTypes()).contains(Map.class))
                .min(Comparator.comparingInt(Method::getParameterCount));
        Assumptions.assumeTrue(method.isPresent(), "NOT RUN: the merged document has no operation "
                + name.replace("WithHttpInfo", "") + " yet (typed uploads are added by another change)");
        return method.get();
    }

    /** Calls METHOD with the id, the body and an Idempotency-Key where their types fit, null elsewhere. */
    private static Object call(Object api, Method method, UUID id, Object body, String idempotencyKey)
            throws Exception {
        Object[] args = new Object[method.getParameterCount()];
        var parameters = method.getParameters();
        for (int i = 0; i < args.length; i++) {
            Class<?> type = parameters[i].getType();
            if (type == UUID.class) {
                args[i] = id;
            } else if (type.isInstance(body) && (body instanceof List || !parameters[i].getName().startsWith("idempotency"))
                    && !Arrays.asList(args).contains(body)) {
                args[i] = body;
            } else if (type == String.class && parameters[i].getName().startsWith("idempotency")) {
                args[i] = idempotencyKey;
            }
        }
        return call(api, method, args);
    }

    private static Object call(Object api, Method method, Object... args) throws Exception {
        try {
            return method.invoke(api, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ApiException apiException) {
                throw new AssertionError(method.getName() + " answered " + apiException.getCode() + ": "
                        + apiException.getResponseBody(), apiException);
            }
            throw e;
        }
    }

    /**
     * A row of an objective campaign as the item type of the upload: ObjectiveCallRow itself, or the oneOf of the
     * row kinds (VoiceSampleRow) wrapping one, through the constructor the generator gives it for that kind.
     */
    private static Object row(Map<String, Object> fields, Class<?> itemClass) {
        try {
            Class<?> objective = Class.forName("org.qos.client.model.ObjectiveCallRow");
            Object row = operator.getObjectMapper().convertValue(fields, objective);
            if (itemClass.isInstance(row)) {
                return row;
            }
            return itemClass.getConstructor(objective).newInstance(row);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return operator.getObjectMapper().convertValue(fields, itemClass);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int accepted(Object receipt) throws Exception {
        return ((Number) receipt.getClass().getMethod("getAccepted").invoke(receipt)).intValue();
    }

    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(GATEWAY);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    /** A person's token: password grant on the public client qos-cli (demo password = user name). */
    private static String token(String user) throws Exception {
        String form = "grant_type=password&client_id=qos-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/qos/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return new ApiClient().getObjectMapper().readTree(answer.body()).get("access_token").asText();
    }
}
