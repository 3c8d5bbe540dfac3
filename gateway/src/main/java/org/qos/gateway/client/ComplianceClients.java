package org.qos.gateway.client;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;

/**
 * The compliance listings of the four services, each behind its own fault-tolerance policies (one method per
 * family, so that one family's circuit breaker never opens for another):
 * <ul>
 * <li>{@code @Timeout} 1500 ms per attempt;</li>
 * <li>{@code @Retry} once after 100 ms on a fast failure: a refused or broken connection, or a 5xx (the call is
 * an idempotent GET); never after a timeout (a second slow attempt would not fit, and would only load a busy
 * service more) nor on a 4xx. Worst case: a fast failure, 100 ms, then 1500 ms, inside the 2 s a family is
 * given ({@code qos.gateway.scorecards.family-timeout}, enforced by the caller as well);</li>
 * <li>{@code @CircuitBreaker} (named after the family): when half of the last 8 calls failed, the service is not
 * called for 10 s, and its family is answered as unavailable at once. Failures are the service's own: a refused or
 * broken connection, or a 5xx. A call that is merely slow (its {@code @Timeout} elapsed: one caller's heavy query,
 * a large period) is that call's failure only, not the service's: it counts as a success for the breaker
 * ({@code skipOn}), so that one tenant's slow reads never make the family unavailable for everyone; so does a
 * 4xx (the service is up and answered).</li>
 * </ul>
 * Every value can be changed without a build through MicroProfile Fault Tolerance configuration, e.g.
 * {@code org.qos.gateway.client.ComplianceClients/voice/Timeout/value=500}. That is why the annotations stand on each
 * method and not once on the class: a method's key is not read for an annotation of the class
 * ({@code ComplianceClientsCircuitBreakerTest} fails if they move).
 */
@ApplicationScoped
public class ComplianceClients {

    private final VoiceComplianceApi voice;
    private final CoverageComplianceApi coverage;
    private final BillingComplianceApi billing;
    private final ComplaintsComplianceApi complaints;

    ComplianceClients(@RestClient VoiceComplianceApi voice, @RestClient CoverageComplianceApi coverage,
            @RestClient BillingComplianceApi billing, @RestClient ComplaintsComplianceApi complaints) {
        this.voice = voice;
        this.coverage = coverage;
        this.billing = billing;
        this.complaints = complaints;
    }

    @AsynchronousNonBlocking
    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, jitter = 0, abortOn = {UpstreamRejectedException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = {UpstreamRejectedException.class, TimeoutException.class})
    @CircuitBreakerName("voice")
    public Uni<List<JsonNode>> voice(String authorization, String operatorId, String from, String to) {
        return voice.compliance(authorization, operatorId, from, to);
    }

    @AsynchronousNonBlocking
    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, jitter = 0, abortOn = {UpstreamRejectedException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = {UpstreamRejectedException.class, TimeoutException.class})
    @CircuitBreakerName("coverage")
    public Uni<List<JsonNode>> coverage(String authorization, String operatorId, String from, String to) {
        return coverage.compliance(authorization, operatorId, from, to);
    }

    @AsynchronousNonBlocking
    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, jitter = 0, abortOn = {UpstreamRejectedException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = {UpstreamRejectedException.class, TimeoutException.class})
    @CircuitBreakerName("billing")
    public Uni<List<JsonNode>> billing(String authorization, String operatorId, String from, String to) {
        return billing.compliance(authorization, operatorId, from, to);
    }

    @AsynchronousNonBlocking
    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, jitter = 0, abortOn = {UpstreamRejectedException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = {UpstreamRejectedException.class, TimeoutException.class})
    @CircuitBreakerName("complaints")
    public Uni<List<JsonNode>> complaints(String authorization, String operatorId, String from, String to) {
        return complaints.compliance(authorization, operatorId, from, to);
    }
}
