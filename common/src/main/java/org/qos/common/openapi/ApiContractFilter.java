package org.qos.common.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.qos.common.problem.Problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The conventions every document of the API follows, applied once at build time to each service's and the
 * gateway's document, so that no resource repeats them:
 * <ul>
 * <li>every operation has a stable {@code operationId} (an explicit one is kept; otherwise a verb and the path's
 * nouns, e.g. {@code listVoiceCampaigns}, {@code getVoiceCampaign}, {@code closeVoiceCampaign});</li>
 * <li>every 4xx answer is documented with the RFC 9457 problem schema: 400 where a request carries input, 415 where
 * it has a body (and 413, a body over the limit), 408, 429 and 503 (with {@code Retry-After}) on every batch upload
 * (an operation that takes {@code text/csv}), 403
 * where it needs a token, 404 where the path names a resource; a declared 4xx without content gets it; but 401,
 * which the bearer-token check answers before any resource, is documented as it is: no body, a
 * {@code WWW-Authenticate} header;</li>
 * <li>numeric defaults of parameters are numbers, not text; a server (relative: where the document is served);</li>
 * <li>security: the bearer token on every operation below {@code /api/} but the public ones ({@code security: []}
 * on {@code /api/v1/public/} and on anything outside {@code /api/});</li>
 * <li>a list or a creation written once for every family (its answer a {@code Response}) answers an array of what
 * its {@code /{id}} sibling answers, or one; paged lists document {@code X-Total-Count}, creations
 * {@code Location};</li>
 * <li>every operation with a body documents 413 (the body limit), and an upload (an answer of {@code BatchReceipt})
 * its conflicts (409);</li>
 * <li>what an answer always carries is {@code required}: in a schema that only answers use, every property that is not
 * nullable, unless the class lists its {@code requiredProperties} itself (a view that leaves out what it does not
 * know, such as {@code closedAt} while open). Request schemas say what is required field by field.</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiContractFilter implements OASFilter {

    private static final String BEARER = "bearer";
    /** What an upload answers (campaigns' BatchReceipt): its conflicts are documented here, once. */
    private static final String BATCH_RECEIPT = "BatchReceipt";
    private static final String PROBLEM_REF = "#/components/schemas/" + Problem.class.getSimpleName();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            // relative: where the document is served (a service's own port, or the gateway, which states its own)
            openAPI.addServer(OASFactory.createServer().url("/").description("Where this document is served"));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean bearer = openAPI.getComponents() != null && openAPI.getComponents().getSecuritySchemes() != null
                && openAPI.getComponents().getSecuritySchemes().containsKey(BEARER);
        boolean problemSchema = problemSchema(openAPI);
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                Operation operation = entry.getValue();
                if (bearer && operation.getSecurity() == null) {
                    boolean open = !path.getKey().startsWith("/api/") || path.getKey().startsWith("/api/v1/public/");
                    operation.setSecurity(open ? new ArrayList<>()
                            : List.of(OASFactory.createSecurityRequirement().addScheme(BEARER)));
                }
                PathItem item = openAPI.getPaths().getPathItem(path.getKey() + "/{id}");
                if (entry.getKey() == PathItem.HttpMethod.GET) {
                    typedAsSibling(operation, "200", item, true);
                } else if (entry.getKey() == PathItem.HttpMethod.POST) {
                    typedAsSibling(operation, "201", item, false);
                }
                headers(entry.getKey(), operation);
                if (operation.getOperationId() == null) {
                    operation.setOperationId(operationId(entry.getKey(), path.getKey(), operation));
                }
                numericDefaults(operation);
                if (problemSchema && path.getKey().startsWith("/api/")) {
                    problems(operation, path.getKey(), openAPI);
                }
            }
        }
        requiredInAnswers(openAPI);
    }

    /** In every schema that no request body reaches: the properties that are not nullable are required. */
    private static void requiredInAnswers(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> requested = new HashSet<>();
        List<Schema> pending = new ArrayList<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                        && operation.getRequestBody().getContent().getMediaTypes() != null) {
                    operation.getRequestBody().getContent().getMediaTypes().values()
                            .forEach(media -> pending.add(media.getSchema()));
                }
            }
        }
        while (!pending.isEmpty()) {
            Schema schema = pending.remove(pending.size() - 1);
            if (schema == null) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (requested.add(name)) {
                    pending.add(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            pending.add(schema.getItems());
            for (List<Schema> alternatives : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (alternatives != null) {
                    pending.addAll(alternatives);
                }
            }
        }
        for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
            Schema schema = entry.getValue();
            if (requested.contains(entry.getKey()) || schema.getProperties() == null
                    || (schema.getRequired() != null && !schema.getRequired().isEmpty())) {
                continue;
            }
            List<String> required = schema.getProperties().entrySet().stream()
                    .filter(property -> !nullable(property.getValue())).map(Map.Entry::getKey).toList();
            if (!required.isEmpty()) {
                schema.setRequired(new ArrayList<>(required));
            }
        }
    }

    /** {@code type: [..., "null"]}, or one of {@code anyOf}/{@code oneOf} that is. */
    private static boolean nullable(Schema schema) {
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)) {
            return true;
        }
        for (List<Schema> alternatives : Arrays.asList(schema.getAnyOf(), schema.getOneOf())) {
            if (alternatives != null && alternatives.stream().anyMatch(ApiContractFilter::nullable)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The problem schema in the components: as scanned from {@link Problem} where a resource names it, else written
     * here (the same fields).
     */
    private static boolean problemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        var schemas = openAPI.getComponents().getSchemas();
        if (schemas != null && schemas.containsKey(Problem.class.getSimpleName())) {
            return true;
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        openAPI.getComponents().addSchema("FieldError", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One invalid field, of a row of a batch (row from 1) or of the request (no row)")
                .addProperty("row", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("field", text).addProperty("message", text)
                .required(List.of("field", "message")));
        openAPI.getComponents().addSchema(Problem.class.getSimpleName(), OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT).description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(List.of("type", "title", "status")));
        return true;
    }

    private static void problems(Operation operation, String path, OpenAPI openAPI) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() == null
                ? openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty()
                : !operation.getSecurity().isEmpty();
        boolean input = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (input) {
            ensure(responses, "400", "Invalid input, naming the parameter, row or field");
        }
        if (operation.getRequestBody() != null) {
            ensure(responses, "415", "A Content-Type that this operation does not take");
            ensure(responses, "413", "Body over the configured limit (quarkus.http.limits.max-body-size)");
        }
        if (isUpload(operation)) {
            // the upload reception's answers (campaigns' UploadReception), on every batch upload of every family
            ensure(responses, "408", "The body did not arrive in time: no byte within the idle timeout, or not all"
                    + " of it within the body timeout");
            ensure(responses, "429", "The caller's operator already has the most concurrent uploads it may have;"
                    + " retry after Retry-After seconds");
            ensure(responses, "503", "The service already receives the most concurrent uploads it takes; retry after"
                    + " Retry-After seconds");
            retryAfter(responses.getAPIResponse("429"));
            retryAfter(responses.getAPIResponse("503"));
        }
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null && answers(ok, BATCH_RECEIPT)) {
            ok.setDescription("Stored (or, with dryRun, valid)");
            ensure(responses, "409", "The campaign or audit is closed, a row id was stored by an earlier batch, or the Idempotency-Key was used"
                    + " with another body, or the campaign takes no rows (voice: an old campaign of an instrument without a"
                    + " mapping onto MOS)");
        }
        if (secured) {
            ensure(responses, "401", "No token, or a token that is invalid or expired");
            ensure(responses, "403", "Another operator's data, or a role that may not do this");
        }
        if (path.contains("{")) {
            ensure(responses, "404", "No such resource");
        }
        APIResponse unauthorized = responses.getAPIResponse("401");
        if (unauthorized != null && unauthorized.getRef() == null) {
            // The bearer-token check answers before any resource: no body, a WWW-Authenticate challenge.
            unauthorized.setContent(null);
            if (unauthorized.getHeaders() == null || !unauthorized.getHeaders().containsKey("WWW-Authenticate")) {
                unauthorized.addHeader("WWW-Authenticate", OASFactory.createHeader()
                        .description("Bearer: the challenge of the token check")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") && !response.getKey().equals("401")
                    && response.getValue().getRef() == null
                    && (response.getValue().getContent() == null
                            || response.getValue().getContent().getMediaTypes() == null
                            || response.getValue().getContent().getMediaTypes().isEmpty())) {
                response.getValue().setContent(problemContent());
            }
        }
    }

    /**
     * An answer without a schema, on a path whose {@code /{id}} sibling answers one: what the sibling answers (a
     * creation), or an array of it (a list).
     */
    private static void typedAsSibling(Operation operation, String status, PathItem item, boolean array) {
        APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse(status);
        if (ok == null || item == null || item.getGET() == null || item.getGET().getResponses() == null
                || item.getGET().getResponses().getAPIResponse("200") == null) {
            return;
        }
        boolean untyped = ok.getContent() == null || ok.getContent().getMediaTypes() == null
                || ok.getContent().getMediaTypes().values().stream().allMatch(media -> untyped(media.getSchema()));
        Content itemContent = item.getGET().getResponses().getAPIResponse("200").getContent();
        if (!untyped || itemContent == null || itemContent.getMediaType("application/json") == null
                || itemContent.getMediaType("application/json").getSchema() == null) {
            return;
        }
        Schema one = itemContent.getMediaType("application/json").getSchema();
        ok.setContent(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                .schema(array ? OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(one) : one)));
    }

    /** No schema, or one that says nothing ({@code {}}, what a {@code Response} with a described content gets). */
    private static boolean untyped(Schema schema) {
        return schema == null || schema.getRef() == null && schema.getType() == null && schema.getProperties() == null
                && schema.getItems() == null && schema.getAllOf() == null && schema.getAnyOf() == null
                && schema.getOneOf() == null && schema.getAdditionalPropertiesSchema() == null;
    }

    private static void headers(PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        boolean paged = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> "page".equals(parameter.getName()));
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (paged && ok != null && (ok.getHeaders() == null || !ok.getHeaders().containsKey("X-Total-Count"))) {
            ok.addHeader("X-Total-Count", OASFactory.createHeader().description("How many items there are in all")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")));
        }
        APIResponse created = operation.getResponses().getAPIResponse("201");
        if (method == PathItem.HttpMethod.POST && created != null
                && (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))) {
            created.addHeader("Location", OASFactory.createHeader().description("The address of what was created")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")));
        }
    }

    private static boolean answers(APIResponse response, String schemaName) {
        return response.getContent() != null && response.getContent().getMediaTypes() != null
                && response.getContent().getMediaTypes().values().stream().anyMatch(media -> media.getSchema() != null
                        && ("#/components/schemas/" + schemaName).equals(media.getSchema().getRef()));
    }

    /** A batch upload: an operation whose body may be CSV (every upload takes {@code text/csv}, JSON or not). */
    static boolean isUpload(Operation operation) {
        return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().getMediaTypes() != null
                && operation.getRequestBody().getContent().getMediaTypes().keySet().stream()
                        .anyMatch(media -> media.toLowerCase(Locale.ROOT).startsWith("text/csv"));
    }

    private static void retryAfter(APIResponse response) {
        if (response != null && response.getRef() == null
                && (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After"))) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")));
        }
    }

    private static void ensure(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                    .content(problemContent()));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static void numericDefaults(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema schema = parameter.getSchema();
            if (schema != null && schema.getDefaultValue() instanceof String text && schema.getType() != null
                    && (schema.getType().contains(Schema.SchemaType.INTEGER)
                            || schema.getType().contains(Schema.SchemaType.NUMBER))) {
                try {
                    schema.setDefaultValue(schema.getType().contains(Schema.SchemaType.INTEGER)
                            ? (Object) Long.valueOf(text) : (Object) new java.math.BigDecimal(text));
                } catch (NumberFormatException e) {
                    // leave a default that is not a number as it is: the validator names it
                }
            }
        }
    }

    /** A verb from the method and the shape of the path, then the path's nouns: {@code getVoiceCampaignResult}. */
    static String operationId(PathItem.HttpMethod method, String path, Operation operation) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !segment.equals("api") && !segment.matches("v\\d+")) {
                segments.add(segment);
            }
        }
        boolean endsWithParameter = !segments.isEmpty() && segments.get(segments.size() - 1).startsWith("{");
        StringBuilder nouns = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment.startsWith("{")) {
                continue;
            }
            boolean beforeParameter = i + 1 < segments.size() && segments.get(i + 1).startsWith("{");
            nouns.append(pascal(beforeParameter ? singular(segment) : segment));
        }
        String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
        String verb = switch (method) {
            case GET -> endsWithParameter || !returnsArray(operation) ? "get" : "list";
            case POST -> {
                if (!endsWithParameter && List.of("close", "search").contains(last)) {
                    // an action on the resource before it: closeVoiceCampaign
                    nouns.setLength(nouns.length() - pascal(last).length());
                    yield last;
                }
                yield segments.size() >= 2 && segments.get(segments.size() - 2).startsWith("{") ? "upload" : "create";
            }
            case PUT -> "replace";
            case DELETE -> "delete";
            case PATCH -> "update";
            default -> method.name().toLowerCase(Locale.ROOT);
        };
        if (verb.equals("create") && nouns.length() > 1 && nouns.charAt(nouns.length() - 1) == 's') {
            nouns.setLength(nouns.length() - 1);
        }
        return verb + nouns;
    }

    private static boolean returnsArray(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponse("200") == null) {
            return false;
        }
        Content content = operation.getResponses().getAPIResponse("200").getContent();
        if (content == null || content.getMediaTypes() == null) {
            return false;
        }
        return content.getMediaTypes().values().stream().anyMatch(media -> media.getSchema() != null
                && media.getSchema().getType() != null && media.getSchema().getType().contains(Schema.SchemaType.ARRAY));
    }

    private static String singular(String noun) {
        return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    }

    private static String pascal(String segment) {
        StringBuilder out = new StringBuilder();
        for (String word : segment.split("[-_]")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }
}
