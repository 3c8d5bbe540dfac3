package org.qos.campaigns.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.qos.campaigns.batch.BodyFormat;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * How every batch upload is documented, written once (at build time, before {@code ApiContractFilter}), so that an
 * upload states only its rows: {@code @Consumes} JSON and CSV, and one {@code @Content} without a media type (an array
 * of its row schema, JSON examples), which the scanner gives to both. Its {@code text/csv} form becomes a string whose
 * examples are the JSON ones written as CSV (a header of the field names, an absent or null value an empty cell, an
 * array's items separated by ';', RFC 4180 quoting); its description says how the body is written; and it gets its
 * twin at {@code <path>/csv} (served by {@link CsvTwinRoute}): {@code operationId} + "Csv", the body as CSV only, the
 * same parameters, answers, tags and security, so that a generated client has a method that sends a file.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 10)
public class BatchUploadDocument implements OASFilter {

    private static final String JSON = "application/json";
    /** Reads numbers as written: 24.0 stays 24.0 in the CSV. */
    private static final ObjectMapper EXAMPLES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> twins = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            MediaType csv = csvForm(operation);
            if (csv != null && path.startsWith("/api/") && !path.endsWith(CsvTwinRoute.SUFFIX)) {
                APIResponse badRequest = operation.getResponses() == null ? null
                        : operation.getResponses().getAPIResponse("400");
                if (badRequest != null && badRequest.getContent() == null && "Bad Request".equals(badRequest.getDescription())) {
                    // Quarkus' default for a body it took for JSON only: the API's conventions document the 400 instead
                    operation.getResponses().removeAPIResponse("400");
                }
                String rows = operation.getDescription() == null ? "" : operation.getDescription() + " ";
                twins.computeIfAbsent(path + CsvTwinRoute.SUFFIX, ignored -> OASFactory.createPathItem())
                        .setOperation(method, twin(operation, csv).description(rows + "The same operation as "
                                + method.name() + " " + path + ", the body as CSV only (RFC 4180 in UTF-8, a header"
                                + " of the field names): for generated clients that send a file."));
                operation.setDescription(rows + "The body: a JSON array of rows, or CSV in UTF-8 with a header of"
                        + " the field names (for generated clients: " + method.name() + " " + path + CsvTwinRoute.SUFFIX
                        + ", CSV only).");
            }
        }));
        twins.forEach((path, item) -> {
            if (!openAPI.getPaths().hasPathItem(path)) {
                openAPI.getPaths().addPathItem(path, item);
            }
        });
    }

    /** The body's CSV form, written from its JSON form, when the body may be either (a batch upload); else null. */
    private static MediaType csvForm(Operation operation) {
        Content content = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
        MediaType json = content == null ? null : content.getMediaType(JSON);
        if (json == null || content.getMediaType(BodyFormat.TEXT_CSV) == null) {
            return null;
        }
        MediaType csv = OASFactory.createMediaType().schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        if (json.getExamples() != null) {
            json.getExamples().forEach((name, example) -> csv.addExample(name, OASFactory.createExample()
                    .value(csv(example))));
        }
        content.addMediaType(BodyFormat.TEXT_CSV, csv);
        return csv;
    }

    /** A JSON example (an array of objects: as the scanner parsed it, or as text) written as CSV. */
    static String csv(Example example) {
        JsonNode rows;
        try {
            rows = example.getValue() instanceof String text ? EXAMPLES.readTree(text)
                    : EXAMPLES.valueToTree(example.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException("A batch example that is not JSON: " + example.getValue(), e);
        }
        Set<String> header = new LinkedHashSet<>();
        rows.forEach(row -> row.fieldNames().forEachRemaining(header::add));
        StringBuilder text = new StringBuilder(String.join(",", header));
        for (JsonNode row : rows) {
            text.append('\n').append(String.join(",", header.stream().map(field -> cell(row.get(field))).toList()));
        }
        return text.toString();
    }

    private static String cell(JsonNode value) {
        List<String> items = new ArrayList<>();
        Iterable<JsonNode> values = value == null || value.isNull() ? List.of() : value.isArray() ? value : List.of(value);
        values.forEach(item -> items.add(item.isBigDecimal() ? item.decimalValue().toPlainString() : item.asText()));
        String text = String.join(";", items);
        boolean quoted = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** The operation at {@code <path>/csv}: the same but its body, CSV only; its description is given by the caller. */
    private static Operation twin(Operation base, MediaType csv) {
        return OASFactory.createOperation()
                .operationId(base.getOperationId() == null ? null : base.getOperationId() + "Csv")
                .summary(base.getSummary() == null ? null : base.getSummary() + " as CSV")
                .tags(base.getTags()).parameters(base.getParameters()).security(base.getSecurity())
                .requestBody(OASFactory.createRequestBody().required(Boolean.TRUE)
                        .content(OASFactory.createContent().addMediaType(BodyFormat.TEXT_CSV, csv)))
                .responses(base.getResponses()).extensions(base.getExtensions());
    }
}
