package org.qos.common.problem;

import jakarta.ws.rs.core.Response;

/** Builds the HTTP response of a problem. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response of(ProblemType type, String detail) {
        return of(Problem.of(type, detail));
    }
}
