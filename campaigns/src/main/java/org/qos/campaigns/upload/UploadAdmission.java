package org.qos.campaigns.upload;

import java.util.HashMap;
import java.util.Map;

import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;

/**
 * Counts the uploads in progress, per tenant (an operator, or the regulator) and for the service: one over the
 * tenant's cap is 429, one over the service's 503, both with {@code Retry-After}. The last {@code reserved} places of
 * the service are kept for tenants that have no upload in progress: a tenant already uploading may take a further
 * place only while that many stay free (else 429), so a few busy operators never fill the service and every other
 * operator still finds a place. A permit is taken before the body is read and given back when the upload has been
 * answered, whatever the answer.
 */
final class UploadAdmission {

    /** A taken place: closing it gives it back (once). */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final int perTenant;
    private final int perService;
    private final int reserved;
    private final int retryAfterSeconds;
    /** Uploads in progress per tenant, and in all; guarded by {@code this} (a few operations per upload). */
    private final Map<String, Integer> tenants = new HashMap<>();
    private int service;

    UploadAdmission(int perTenant, int perService, int reserved, int retryAfterSeconds) {
        if (perTenant < 1 || perService < 1 || reserved < 0 || reserved >= perService) {
            throw new IllegalStateException("Upload places: per operator " + perTenant + ", per service " + perService
                    + ", reserved " + reserved + ": each at least 1, and fewer reserved places than the service has");
        }
        this.perTenant = perTenant;
        this.perService = perService;
        this.reserved = reserved;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    Permit admit(String tenant) {
        synchronized (this) {
            int held = tenants.getOrDefault(tenant, 0);
            if (held >= perTenant) {
                throw tooMany(tenant + " already has " + perTenant
                        + " uploads in progress, the most it may have at once; retry when one has ended");
            }
            if (service >= perService) {
                throw new ProblemException(ProblemType.UPLOADS_BUSY, "The service already receives " + perService
                        + " uploads, the most it takes at once; retry shortly")
                        .withHeader("Retry-After", String.valueOf(retryAfterSeconds));
            }
            if (held > 0 && perService - service - 1 < reserved) {
                throw tooMany(tenant + " already has " + held + " uploads in progress, and the service's last "
                        + reserved + " places are kept for operators that have none; retry when one has ended");
            }
            tenants.put(tenant, held + 1);
            service++;
        }
        return new Permit() {
            private boolean closed;

            @Override
            public void close() {
                synchronized (UploadAdmission.this) {
                    if (!closed) {
                        closed = true;
                        service--;
                        tenants.computeIfPresent(tenant, (key, count) -> count <= 1 ? null : count - 1);
                    }
                }
            }
        };
    }

    /** Uploads in progress for the service (for tests and metrics). */
    synchronized int inProgress() {
        return service;
    }

    private ProblemException tooMany(String detail) {
        return new ProblemException(ProblemType.TOO_MANY_UPLOADS, detail)
                .withHeader("Retry-After", String.valueOf(retryAfterSeconds));
    }
}
