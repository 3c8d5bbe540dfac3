package org.qos.common.security;

import java.util.Optional;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.qos.common.problem.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as far as tenancy is concerned: the regulator reads everything; an operator reads and writes
 * only the data of the {@code operator_id} in its token.
 */
public record Caller(String name, boolean regulator, String operatorId) {

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            throw new ProblemException(org.qos.common.problem.ProblemType.UNAUTHORIZED, "A bearer token is required");
        }
        String name = identity.getPrincipal().getName();
        if (identity.hasRole(Roles.REGULATOR)) {
            return new Caller(name, true, null);
        }
        if (identity.hasRole(Roles.OPERATOR)) {
            String operatorId = claim(identity).orElseThrow(() -> ProblemException.forbidden(
                    "The token has the operator role but no " + Roles.OPERATOR_ID_CLAIM + " claim"));
            return new Caller(name, false, operatorId);
        }
        throw ProblemException.forbidden("The token has neither the regulator nor the operator role");
    }

    private static Optional<String> claim(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object value = token.getClaim(Roles.OPERATOR_ID_CLAIM);
            if (value != null && !value.toString().isBlank()) {
                return Optional.of(value.toString().replace("\"", ""));
            }
        }
        return Optional.empty();
    }

    /** Whether this caller may read or write the data of {@code ownerOperatorId}. */
    public boolean mayAccess(String ownerOperatorId) {
        return regulator || operatorId.equals(ownerOperatorId);
    }

    /** Fails with 403 when this caller may not touch the data of {@code ownerOperatorId}. */
    public void checkAccess(String ownerOperatorId) {
        if (!mayAccess(ownerOperatorId)) {
            throw ProblemException.forbidden("Operator " + operatorId + " may not access data of another operator");
        }
    }

    /**
     * The operator a listing is about: an operator's own when it names none, 403 when it names another; for the
     * regulator, the one asked for, or null for all. An id of another form than {@link OperatorIds} is 400.
     */
    public String listScope(String requestedOperatorId) {
        boolean named = requestedOperatorId != null && !requestedOperatorId.isBlank();
        if (named && !OperatorIds.isValid(requestedOperatorId)) {
            // 400 before 403: a malformed id is nobody's, and is never passed on to a query
            throw ProblemException.invalidField("operatorId", OperatorIds.FORM);
        }
        if (regulator) {
            return named ? requestedOperatorId : null;
        }
        if (!named) {
            return operatorId;
        }
        checkAccess(requestedOperatorId);
        return operatorId;
    }
}
