package org.qos.gateway.client;

/**
 * A service answered the request with a 4xx status: it is up, and asking again would give the same answer, so
 * this is neither retried nor counted by the circuit breaker.
 */
public class UpstreamRejectedException extends RuntimeException {

    private final int status;

    public UpstreamRejectedException(int status) {
        super("the service answered HTTP " + status, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
