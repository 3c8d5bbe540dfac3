package org.qos.gateway.client;

/** A service answered with a 5xx status: retried once, and counted by the circuit breaker. */
public class UpstreamFailedException extends RuntimeException {

    private final int status;

    public UpstreamFailedException(int status) {
        super("the service answered HTTP " + status, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
