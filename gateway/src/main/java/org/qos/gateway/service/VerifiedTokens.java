package org.qos.gateway.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.qos.gateway.config.GatewayConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * The bearer tokens this gateway has already verified (signature, issuer, audience, expiry: Quarkus OIDC), so that
 * the next request with the same token is forwarded without verifying it again: a hash lookup instead of parsing
 * the JWT twice and checking its RS256 signature, which cost about half of the gateway's CPU per forwarded read.
 * Quarkus OIDC's own token cache does not do this: it keeps introspection and UserInfo answers, never the outcome
 * of a local JWT verification.
 *
 * <p>What is kept, and for how long:
 * <ul>
 * <li>only a SHA-256 of the token (never the token itself, which a heap dump would give away), with the instant
 * until which it may be taken: its {@code exp}, and never more than {@code qos.gateway.token-cache.max-age}
 * (30 s) after it was verified; at {@code max-entries} (10,000) Caffeine's eviction drops entries;</li>
 * <li>only a token that Quarkus OIDC verified for this very request: the identity's credential is the same token
 * string as the request's {@code Authorization} header ({@link #remember(String, SecurityIdentity)}).</li>
 * </ul>
 * Any other string (a token changed by one character, another user's token, an expired one) is not found and
 * takes the full verification, which refuses it as before (401). The bound on the age is what a cached token
 * costs in security: a token signed by a key that Keycloak dropped (a rotation after a leak) is still forwarded by
 * the gateway for up to that long, to services that check every token themselves and refuse it.
 */
@ApplicationScoped
public class VerifiedTokens {

    private static final String BEARER = "Bearer ";

    /** A SHA-256 as four longs: equality on all 256 bits, no array to copy. */
    record TokenHash(long a, long b, long c, long d) {
    }

    /** Hash of a verified token → the instant (epoch milliseconds) until which it may be taken. */
    private final Cache<TokenHash, Long> takenUntil;
    private final long maxAgeMillis;
    private final LongSupplier clock;

    @Inject
    VerifiedTokens(GatewayConfig config) {
        this(config.tokenCache().maxAge(), config.tokenCache().maxEntries(), System::currentTimeMillis);
    }

    /** {@code clock}: the current time in epoch milliseconds (the tests' own clock). */
    VerifiedTokens(Duration maxAge, int maxEntries, LongSupplier clock) {
        this.maxAgeMillis = maxAge.toMillis();
        this.clock = clock;
        // Caffeine's own expiry only reclaims the memory: whether an entry may still be taken is decided by its
        // value against this class's clock, so an entry is never taken past its deadline, whatever Caffeine's pace.
        this.takenUntil = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfterWrite(maxAge.isZero() ? Duration.ofMillis(1) : maxAge)
                .build();
    }

    /**
     * The bearer token of a request that may take the verified-token path: exactly one {@code Authorization}
     * header with the {@code Bearer} scheme, and no body (a body goes through the full chain: its size limits and
     * checks stay where they are). Null otherwise.
     */
    public static String reusableBearerToken(HttpServerRequest request) {
        if (request.headers().contains(HttpHeaders.CONTENT_LENGTH)
                || request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            return null;
        }
        List<String> authorizations = request.headers().getAll(HttpHeaders.AUTHORIZATION);
        if (authorizations.size() != 1) {
            return null;
        }
        return bearerToken(authorizations.get(0));
    }

    /** The token of an {@code Authorization: Bearer <token>} value (scheme case-insensitive), or null. */
    static String bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }

    /** Whether {@code token} was verified and may still be taken without a new verification. */
    public boolean verified(String token) {
        if (token == null || maxAgeMillis <= 0) {
            return false;
        }
        Long until = takenUntil.getIfPresent(hash(token));
        return until != null && clock.getAsLong() < until;
    }

    /**
     * Remembers the request's bearer token when {@code identity} is the outcome of verifying exactly that token
     * (its credential is the same string) and names its expiry ({@code exp} of a JWT); otherwise nothing.
     */
    public void remember(String token, SecurityIdentity identity) {
        if (token == null || identity == null || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        TokenCredential credential = identity.getCredential(TokenCredential.class);
        if (credential == null || !token.equals(credential.getToken())) {
            return;
        }
        remember(token, jwt.getExpirationTime());
    }

    /**
     * Remembers a token verified by the caller that expires at {@code expiresAt} (epoch seconds); one without
     * expiry is not. Only for a token verified right before: the routes use {@link #remember(String, SecurityIdentity)}.
     */
    public void remember(String token, long expiresAt) {
        long now = clock.getAsLong();
        if (maxAgeMillis <= 0 || expiresAt <= 0 || expiresAt > Long.MAX_VALUE / 1000) {
            return;
        }
        long until = Math.min(expiresAt * 1000, now + maxAgeMillis);
        if (until > now) {
            takenUntil.put(hash(token), until);
        }
    }

    /** Tokens currently kept (after pending evictions). */
    long size() {
        takenUntil.cleanUp();
        return takenUntil.estimatedSize();
    }

    static TokenHash hash(String token) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        ByteBuffer digest = ByteBuffer.wrap(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        return new TokenHash(digest.getLong(), digest.getLong(), digest.getLong(), digest.getLong());
    }
}
