package org.qos.campaigns.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;

/** The caps on uploads in progress: per tenant 429, per service 503, both with Retry-After; places given back. */
class UploadAdmissionTest {

    @Test
    void aTenantOverItsCapIs429AndTheServiceOverItsCapIs503() {
        UploadAdmission admission = new UploadAdmission(2, 3, 0, 7);
        List<UploadAdmission.Permit> permits = new ArrayList<>();
        permits.add(admission.admit("Operator ALPHA"));
        permits.add(admission.admit("Operator ALPHA"));
        ProblemException alpha = assertThrows(ProblemException.class, () -> admission.admit("Operator ALPHA"));
        assertEquals(ProblemType.TOO_MANY_UPLOADS.uri(), alpha.problem().type());
        assertEquals(429, alpha.problem().status());
        assertEquals("7", alpha.headers().get("Retry-After"));

        permits.add(admission.admit("Operator BETA"));
        ProblemException busy = assertThrows(ProblemException.class, () -> admission.admit("The regulator"));
        assertEquals(ProblemType.UPLOADS_BUSY.uri(), busy.problem().type());
        assertEquals(503, busy.problem().status());
        assertEquals("7", busy.headers().get("Retry-After"));
        assertEquals(3, admission.inProgress());

        // a refused one took nothing; one ended gives its place back, once
        permits.get(0).close();
        permits.get(0).close();
        assertEquals(2, admission.inProgress());
        permits.add(admission.admit("The regulator"));
        assertThrows(ProblemException.class, () -> admission.admit("Operator BETA"));
        permits.forEach(UploadAdmission.Permit::close);
        assertEquals(0, admission.inProgress());
        admission.admit("Operator ALPHA").close();
    }

    @Test
    void threeBusyOperatorsNeverFillTheServiceTheLastPlacesWaitForOperatorsWithoutAnUpload() {
        UploadAdmission admission = new UploadAdmission(4, 10, 2, 10);
        List<UploadAdmission.Permit> permits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            permits.add(admission.admit("Operator ALPHA"));
            permits.add(admission.admit("Operator BETA"));
        }
        permits.add(admission.admit("Operator GAMMA"));
        // GAMMA's second upload would leave fewer than 2 places free: 429 for GAMMA, not 503 for everyone
        ProblemException gamma = assertThrows(ProblemException.class, () -> admission.admit("Operator GAMMA"));
        assertEquals(429, gamma.problem().status());
        assertEquals("10", gamma.headers().get("Retry-After"));
        // an operator with no upload in progress still finds a place
        permits.add(admission.admit("Operator DELTA"));
        assertEquals(10, admission.inProgress());
        ProblemException full = assertThrows(ProblemException.class, () -> admission.admit("Operator EPSILON"));
        assertEquals(503, full.problem().status());
        // once ALPHA's upload ends, a new operator takes the place, and GAMMA still may not take a second
        permits.get(0).close();
        assertThrows(ProblemException.class, () -> admission.admit("Operator GAMMA"));
        permits.add(admission.admit("Operator EPSILON"));
        permits.forEach(UploadAdmission.Permit::close);
        assertEquals(0, admission.inProgress());
    }

    @Test
    void reservingEveryPlaceIsRefusedAtStartUp() {
        assertThrows(IllegalStateException.class, () -> new UploadAdmission(4, 10, 10, 10));
        assertThrows(IllegalStateException.class, () -> new UploadAdmission(0, 10, 2, 10));
    }

    @Test
    void underContentionNeverMoreThanTheCapsAreAdmitted() throws Exception {
        UploadAdmission admission = new UploadAdmission(3, 5, 1, 1);
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch done = new CountDownLatch(8 * 500);
        for (int t = 0; t < 8; t++) {
            String tenant = "Operator " + (t % 3);
            pool.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    try (UploadAdmission.Permit permit = admission.admit(tenant)) {
                        most.accumulateAndGet(admitted.incrementAndGet(), Math::max);
                        Thread.onSpinWait();
                        admitted.decrementAndGet();
                    } catch (ProblemException refused) {
                        // over a cap
                    } finally {
                        done.countDown();
                    }
                }
            });
        }
        done.await(30, TimeUnit.SECONDS);
        pool.shutdown();
        assertEquals(true, most.get() <= 5, "at most 5 at once, saw " + most.get());
        assertEquals(0, admission.inProgress());
    }
}
