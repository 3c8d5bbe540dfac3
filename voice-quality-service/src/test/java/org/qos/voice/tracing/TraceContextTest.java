package org.qos.voice.tracing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * With the OpenTelemetry SDK on (it is off unless configured), a request that arrives with the gateway's W3C
 * {@code traceparent} is served in a span of the same trace, whose parent is the gateway's span.
 */
@QuarkusTest
@TestProfile(TraceContextTest.SdkOn.class)
class TraceContextTest {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String GATEWAY_SPAN_ID = "b7ad6b7169203331";

    public static class SdkOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.traces.exporter", "cdi");
        }
    }

    /** The exporter the SDK sends finished spans to in this test, instead of OTLP. */
    @ApplicationScoped
    static class InMemoryExporterProducer {
        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter exporter;

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void anIncomingTraceIsContinued() throws InterruptedException {
        exporter.reset();
        given().header("traceparent", "00-" + TRACE_ID + "-" + GATEWAY_SPAN_ID + "-01")
                .queryParam("from", "2026-07-01").queryParam("to", "2026-09-30")
                .get("/api/v1/voice/compliance").then().statusCode(200);

        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        boolean continued = false;
        List<SpanData> spans = List.of();
        while (!continued && Instant.now().isBefore(until)) {
            spans = exporter.getFinishedSpanItems();
            continued = spans.stream().anyMatch(span -> span.getTraceId().equals(TRACE_ID)
                    && span.getParentSpanId().equals(GATEWAY_SPAN_ID));
            if (!continued) {
                Thread.sleep(100);
            }
        }
        List<SpanData> seen = spans;
        assertTrue(continued, () -> "no span of trace " + TRACE_ID + " with parent " + GATEWAY_SPAN_ID + " among "
                + seen.stream().map(s -> s.getName() + " " + s.getTraceId() + "/" + s.getParentSpanId()).toList());
    }
}
