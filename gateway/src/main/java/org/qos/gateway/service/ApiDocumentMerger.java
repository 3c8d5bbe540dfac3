package org.qos.gateway.service;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * One OpenAPI document for the whole API, from the gateway's own and each family's service's: every path, one set
 * of schemas, tags and security schemes. A schema that two documents name alike but describe differently keeps its
 * name where it came first and is renamed with the family's prefix elsewhere ({@code VoiceCampaignView}), with every
 * reference to it; the same schema stated twice is kept once. Two documents serving one path is an error: the
 * families' prefixes never overlap.
 */
public final class ApiDocumentMerger {

    private static final String SCHEMA_REF = "#/components/schemas/";

    private ApiDocumentMerger() {
    }

    /**
     * @param gateway  the gateway's own document (its info is kept)
     * @param services each family's prefix ({@code Voice}) and its service's document, in order
     * @param server   the address clients call (the gateway's public origin)
     */
    public static ObjectNode merge(JsonNode gateway, Map<String, JsonNode> services, String server) {
        ObjectNode merged = gateway.deepCopy();
        ObjectNode info = object(merged, "info");
        info.put("title", "QoS compliance platform API");
        info.put("description", "The whole API through the gateway: every KPI family's operations and the gateway's"
                + " own (scorecards, publications, open data), with one set of schemas.");
        ArrayNode servers = merged.putArray("servers");
        servers.addObject().put("url", server).put("description", "The gateway");
        for (Map.Entry<String, JsonNode> service : services.entrySet()) {
            add(merged, service.getKey(), service.getValue().deepCopy());
        }
        return merged;
    }

    private static void add(ObjectNode merged, String prefix, JsonNode document) {
        ObjectNode schemas = object(object(merged, "components"), "schemas");
        JsonNode incoming = document.path("components").path("schemas");
        Map<String, String> renames = new HashMap<>();
        for (Iterator<String> names = incoming.fieldNames(); names.hasNext();) {
            String name = names.next();
            JsonNode known = schemas.get(name);
            if (known != null && !known.equals(incoming.get(name))) {
                renames.put(name, prefix + name);
            }
        }
        if (!renames.isEmpty()) {
            rewriteRefs(document, renames);
        }
        Map<String, JsonNode> renamed = new LinkedHashMap<>();
        incoming.fields().forEachRemaining(schema -> renamed.put(renames.getOrDefault(schema.getKey(), schema.getKey()),
                schema.getValue()));
        renamed.forEach((name, schema) -> {
            if (!schemas.has(name)) {
                schemas.set(name, schema);
            }
        });
        ObjectNode paths = object(merged, "paths");
        document.path("paths").fields().forEachRemaining(path -> {
            if (paths.has(path.getKey())) {
                throw new IllegalStateException("Two documents serve " + path.getKey());
            }
            paths.set(path.getKey(), path.getValue());
        });
        ObjectNode securitySchemes = object(object(merged, "components"), "securitySchemes");
        document.path("components").path("securitySchemes").fields()
                .forEachRemaining(scheme -> securitySchemes.putIfAbsent(scheme.getKey(), scheme.getValue()));
        ArrayNode tags = merged.has("tags") ? (ArrayNode) merged.get("tags") : merged.putArray("tags");
        for (JsonNode tag : document.path("tags")) {
            boolean known = false;
            for (JsonNode existing : tags) {
                known |= existing.path("name").equals(tag.path("name"));
            }
            if (!known) {
                tags.add(tag);
            }
        }
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
                String name = ref.asText().substring(SCHEMA_REF.length());
                if (renames.containsKey(name)) {
                    object.set("$ref", TextNode.valueOf(SCHEMA_REF + renames.get(name)));
                }
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        }
    }

    private static ObjectNode object(ObjectNode parent, String field) {
        JsonNode child = parent.get(field);
        if (child instanceof ObjectNode object) {
            return object;
        }
        ObjectNode created = JsonNodeFactory.instance.objectNode();
        parent.set(field, created);
        return created;
    }
}
