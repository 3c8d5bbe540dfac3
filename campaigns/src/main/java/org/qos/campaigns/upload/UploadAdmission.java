package org.qos.campaigns.upload;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;

/**
 * Counts the uploads in progress, per tenant (an operator, or the regulator) and for the service: one over the
 * tenant's cap is 429, one over the service's 503, both with {@code Retry-After}. A permit is taken before the body
 * is read and given back when the upload has been answered, whatever the answer.
 */
final class UploadAdmission {

    /** A taken place: closing it gives it back (once). */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final int perTenant;
    private final int perService;
    private final int retryAfterSeconds;
    private final ConcurrentHashMap<String, AtomicInteger> tenants = new ConcurrentHashMap<>();
    private final AtomicInteger service = new AtomicInteger();

    UploadAdmission(int perTenant, int perService, int retryAfterSeconds) {
        this.perTenant = perTenant;
        this.perService = perService;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    Permit admit(String tenant) {
        if (!increment(tenant)) {
            throw new ProblemException(ProblemType.TOO_MANY_UPLOADS, tenant + " already has " + perTenant
                    + " uploads in progress, the most it may have at once; retry when one has ended")
                    .withHeader("Retry-After", String.valueOf(retryAfterSeconds));
        }
        if (service.incrementAndGet() > perService) {
            service.decrementAndGet();
            decrement(tenant);
            throw new ProblemException(ProblemType.UPLOADS_BUSY, "The service already receives " + perService
                    + " uploads, the most it takes at once; retry shortly")
                    .withHeader("Retry-After", String.valueOf(retryAfterSeconds));
        }
        return new Permit() {
            private boolean closed;

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    service.decrementAndGet();
                    decrement(tenant);
                }
            }
        };
    }

    /** Uploads in progress for the service (for tests and metrics). */
    int inProgress() {
        return service.get();
    }

    private boolean increment(String tenant) {
        boolean[] admitted = new boolean[1];
        tenants.compute(tenant, (key, count) -> {
            AtomicInteger current = count == null ? new AtomicInteger() : count;
            if (current.get() < perTenant) {
                current.incrementAndGet();
                admitted[0] = true;
            }
            return current.get() == 0 ? null : current;
        });
        return admitted[0];
    }

    private void decrement(String tenant) {
        tenants.computeIfPresent(tenant, (key, count) -> count.decrementAndGet() <= 0 ? null : count);
    }
}
