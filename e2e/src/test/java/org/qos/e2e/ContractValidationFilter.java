package org.qos.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every answer the end-to-end suite receives from the API, checked against the published whole-API document
 * (the gateway's GET /q/openapi, read once): the path and method are an operation of the document, the status
 * one of its responses, the Content-Type one of that response's media types (no body where it declares none), and a
 * JSON body valid against the media type's schema (JSON Schema 2020-12 with the OpenAPI 3.1 dialect, formats
 * asserted, and no property that the schema does not name: an answer with an undocumented field is a drift).
 *
 * <p>Installed for every request by {@link ContractValidationExtension}. {@code -Dqos.contract.validation=fail}
 * (the default) fails the request's test on a mismatch (but of a 5xx answer, an outage, which is only listed);
 * {@code report} only lists them; {@code off} checks nothing.
 * Every mismatch is also written to {@code e2e/target/contract-mismatches.txt}. Requests outside {@code /api/} (the
 * health checks, Keycloak's token endpoint, the portal's files) are not part of the contract and not checked.
 */
final class ContractValidationFilter implements OrderedFilter {

    static final String MODE = System.getProperty("qos.contract.validation", "fail");
    private static final String GATEWAY = System.getProperty("qos.gateway.url", "http://127.0.0.1:8080");
    private static final String DOCUMENT_URI = "https://contract.qos.invalid/openapi-all.json";
    private static final Path REPORT = Path.of(System.getProperty("qos.contract.report",
            "target/contract-mismatches.txt"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode document;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();
    private final List<Template> templates = new ArrayList<>();
    private final Map<JsonNode, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final Set<String> mismatches = ConcurrentHashMap.newKeySet();

    private record Template(String path, Pattern pattern, int variables) {
    }

    ContractValidationFilter() {
        String text = fetch(GATEWAY + "/q/openapi");
        try {
            document = JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Closed objects: a property that an object schema does not name is a mismatch too.
        String closed = closeObjects(document.deepCopy()).toString();
        factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT_URI, closed))));
        document.path("paths").fieldNames().forEachRemaining(path -> {
            int variables = (int) path.chars().filter(c -> c == '{').count();
            String regex = Pattern.compile("\\{[^}/]+}").splitAsStream(path + "\u0000")
                    .map(part -> Pattern.quote(part.replace("\u0000", ""))).collect(Collectors.joining("[^/]+"));
            templates.add(new Template(path, Pattern.compile(regex), variables));
        });
        templates.sort(Comparator.comparingInt(Template::variables));
        try {
            Files.createDirectories(REPORT.toAbsolutePath().getParent());
            Files.deleteIfExists(REPORT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        Response answer = context.next(request, response);
        URI uri = URI.create(request.getURI());
        if (uri.getPath() == null || !uri.getPath().startsWith("/api/")) {
            return answer;
        }
        List<String> problems = check(request.getMethod().toLowerCase(Locale.ROOT), uri.getPath(), answer);
        if (!problems.isEmpty()) {
            String what = request.getMethod() + " " + uri.getPath() + " -> " + answer.statusCode() + ": "
                    + String.join("; ", problems);
            if (mismatches.add(what)) {
                try {
                    Files.writeString(REPORT, what + System.lineSeparator(), StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            // A server error is an outage (the resilience test makes some on purpose), not a drift: listed only.
            if ("fail".equals(MODE) && answer.statusCode() < 500) {
                throw new AssertionError("answer does not match the published document (/q/openapi): " + what
                        + "\nbody: " + abbreviate(answer.asString()));
            }
        }
        return answer;
    }

    private List<String> check(String method, String path, Response answer) {
        List<String> problems = new ArrayList<>();
        Template template = templates.stream().filter(t -> t.pattern().matcher(path).matches()).findFirst()
                .orElse(null);
        if (template == null) {
            // a path the API does not have: refused, which is all the contract says of it
            return answer.statusCode() == 404 || answer.statusCode() == 405 ? List.of()
                    : List.of("no such path in the document");
        }
        JsonNode operation = document.path("paths").path(template.path()).path(method);
        if (operation.isMissingNode() || !METHODS.contains(method)) {
            return List.of("no operation " + method.toUpperCase(Locale.ROOT) + " " + template.path());
        }
        String status = String.valueOf(answer.statusCode());
        JsonNode declared = operation.path("responses").path(status);
        if (declared.isMissingNode()) {
            declared = operation.path("responses").path(status.charAt(0) + "XX");
        }
        if (declared.isMissingNode()) {
            declared = operation.path("responses").path("default");
        }
        if (declared.isMissingNode()) {
            return List.of("status " + status + " is not documented for " + method.toUpperCase(Locale.ROOT) + " "
                    + template.path() + " (documented: " + names(operation.path("responses")) + ")");
        }
        declared = resolve(declared);
        String body = answer.asString();
        String contentType = answer.contentType() == null ? "" : answer.contentType().split(";")[0].trim()
                .toLowerCase(Locale.ROOT);
        JsonNode content = declared.path("content");
        if (body == null || body.isEmpty()) {
            if (content.size() > 0 && !"head".equals(method)) {
                problems.add("no body, but the document declares " + names(content));
            }
            return problems;
        }
        if (content.size() == 0) {
            problems.add("a body (" + contentType + ") where the document declares none");
            return problems;
        }
        JsonNode media = content.path(contentType);
        if (media.isMissingNode()) {
            problems.add("Content-Type " + contentType + " is not among " + names(content));
            return problems;
        }
        if (!(contentType.endsWith("/json") || contentType.endsWith("+json"))) {
            return problems;
        }
        JsonNode schema = media.path("schema");
        if (schema.isMissingNode() || schema.isEmpty()) {
            problems.add("the document gives no schema for " + contentType);
            return problems;
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            problems.add("the body is not JSON: " + e.getMessage());
            return problems;
        }
        Set<ValidationMessage> errors = schemaOf(schema).validate(json);
        errors.stream().map(ValidationMessage::getMessage).sorted().limit(20)
                .forEach(message -> problems.add("body: " + message));
        return problems;
    }

    private JsonSchema schemaOf(JsonNode schema) {
        return schemas.computeIfAbsent(schema, node -> factory.getSchema(absoluteRefs(closeObjects(node.deepCopy())),
                config));
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : resolve(document.at(ref.asText().substring(1)));
    }

    /** $ref "#/components/..." made absolute, so that a schema taken out of the document still finds them. */
    private static JsonNode absoluteRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/")) {
                object.set("$ref", TextNode.valueOf(DOCUMENT_URI + ref.asText()));
            }
            object.elements().forEachRemaining(ContractValidationFilter::absoluteRefs);
        } else if (node != null && node.isArray()) {
            node.elements().forEachRemaining(ContractValidationFilter::absoluteRefs);
        }
        return node;
    }

    /** unevaluatedProperties: false on every object schema that names its properties and says nothing else. */
    private static JsonNode closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && object.get("properties").isObject() && !object.has("additionalProperties")
                    && !object.has("unevaluatedProperties")) {
                object.put("unevaluatedProperties", false);
            }
            Iterator<JsonNode> children = object.elements();
            while (children.hasNext()) {
                JsonNode child = children.next();
                closeObjects(child);
            }
        } else if (node != null && node.isArray()) {
            node.elements().forEachRemaining(ContractValidationFilter::closeObjects);
        }
        return node;
    }

    private static String names(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }

    /** The document, over HTTP/1.1; a few tries (the gateway reads every family's document to merge them). */
    private static String fetch(String url) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String failure = "";
        for (int attempt = 1; attempt <= 5; attempt++) {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return answer.body();
                }
                failure = "answered " + answer.statusCode() + ": " + abbreviate(answer.body());
            } catch (IOException e) {
                failure = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(2000L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the published document " + url + " could not be read: " + failure);
    }
}
