package org.qos.gateway.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.qos.gateway.domain.Family;

/**
 * The whole API in one OpenAPI document ({@link ApiDocumentMerger}), from the documents the gateway and the four
 * services serve now: generated clients and validators read one contract, as the gateway routes it.
 */
@ApplicationScoped
public class ApiDocumentService {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final UpstreamForwarder upstreams;
    private final ObjectMapper json;
    // HTTP/1.1: the JDK client otherwise tries an h2c upgrade, which now and then fails on a large document
    // ("Frame type(32) length(663584) exceeds MAX_FRAME_SIZE"), making the whole-API document 503
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();

    public ApiDocumentService(UpstreamForwarder upstreams, ObjectMapper json) {
        this.upstreams = upstreams;
        this.json = json;
    }

    /**
     * @param self   the gateway's loopback address and port (its own document is at /q/openapi-gateway)
     * @param server the address clients called
     */
    public JsonNode document(URI self, String server) throws IOException, InterruptedException {
        JsonNode gateway = fetch(self.resolve("/q/openapi-gateway?format=json"));
        Map<String, JsonNode> services = new LinkedHashMap<>();
        for (Family family : Family.values()) {
            String prefix = Character.toUpperCase(family.key().charAt(0)) + family.key().substring(1);
            services.put(prefix, fetch(upstreams.upstream(family).resolve("/q/openapi?format=json")));
        }
        return ApiDocumentMerger.merge(gateway, services, server);
    }

    private JsonNode fetch(URI uri) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IOException(uri + " answered " + answer.statusCode());
        }
        return json.readTree(answer.body());
    }
}
