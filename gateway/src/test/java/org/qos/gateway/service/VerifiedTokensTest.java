package org.qos.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The verified-token cache on its own clock: what it takes, until when, and what it never takes. */
class VerifiedTokensTest {

    /** 2026-12-02T12:00:00Z, in epoch milliseconds. */
    private static final long NOON = 1_796_212_800_000L;
    private static final String ALICE = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLW9mLWFsaWNl";
    private static final String BOB = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJib2IifQ.c2lnbmF0dXJlLW9mLWJvYg";

    private final AtomicLong now = new AtomicLong(NOON);
    private final VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(30), 1000, now::get);

    private static long epochSeconds(long millis) {
        return millis / 1000;
    }

    @Test
    void aVerifiedTokenIsTakenUntilItsExpiryAndNotAfter() {
        tokens.remember(ALICE, epochSeconds(NOON) + 20);
        assertTrue(tokens.verified(ALICE));
        now.set(NOON + 19_999);
        assertTrue(tokens.verified(ALICE), "still before its exp");
        now.set(NOON + 20_000);
        assertFalse(tokens.verified(ALICE), "taken at its exp");
        now.set(NOON + 25_000);
        assertFalse(tokens.verified(ALICE), "taken after its exp");
    }

    @Test
    void aTokenIsNeverTakenLongerThanTheMaxAgeWhateverItsExpiry() {
        tokens.remember(ALICE, epochSeconds(NOON) + 3600);
        now.set(NOON + 29_999);
        assertTrue(tokens.verified(ALICE));
        now.set(NOON + 30_000);
        assertFalse(tokens.verified(ALICE), "taken 30 s after its verification (max-age 30 s)");
        // verified again (the full chain remembers it again): another 30 s from then
        tokens.remember(ALICE, epochSeconds(NOON) + 3600);
        now.set(NOON + 59_999);
        assertTrue(tokens.verified(ALICE));
    }

    @Test
    void aTamperedTokenIsNeverTakenFromTheCache() {
        tokens.remember(ALICE, epochSeconds(NOON) + 60);
        String oneCharacterChanged = ALICE.substring(0, ALICE.length() - 1) + "A";
        assertFalse(tokens.verified(oneCharacterChanged));
        assertFalse(tokens.verified(ALICE + "x"), "a longer token");
        assertFalse(tokens.verified(ALICE.substring(0, ALICE.length() - 1)), "a prefix of it");
        String otherPayloadSameSignature = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJlLW9mLWFsaWNl";
        assertFalse(tokens.verified(otherPayloadSameSignature), "the signature moved onto another payload");
        assertFalse(tokens.verified(null));
        assertTrue(tokens.verified(ALICE));
    }

    @Test
    void eachTokenHasItsOwnEntry() {
        tokens.remember(ALICE, epochSeconds(NOON) + 10);
        assertFalse(tokens.verified(BOB), "another user's token does not hit Alice's entry");
        tokens.remember(BOB, epochSeconds(NOON) + 60);
        assertTrue(tokens.verified(BOB));
        now.set(NOON + 10_000);
        assertFalse(tokens.verified(ALICE), "Alice's expired");
        assertTrue(tokens.verified(BOB), "Bob's has its own expiry");
    }

    @Test
    void anExpiredTokenOrOneWithoutExpiryIsNotRemembered() {
        tokens.remember(ALICE, epochSeconds(NOON));
        assertFalse(tokens.verified(ALICE), "exp now");
        tokens.remember(ALICE, epochSeconds(NOON) - 5);
        assertFalse(tokens.verified(ALICE), "exp in the past");
        tokens.remember(BOB, 0);
        assertFalse(tokens.verified(BOB), "no exp");
        assertEquals(0, tokens.size());
    }

    @Test
    void aMaxAgeOfZeroVerifiesEveryRequest() {
        VerifiedTokens none = new VerifiedTokens(Duration.ZERO, 1000, now::get);
        none.remember(ALICE, epochSeconds(NOON) + 60);
        assertFalse(none.verified(ALICE));
    }

    @Test
    void theCacheIsBounded() {
        VerifiedTokens small = new VerifiedTokens(Duration.ofSeconds(30), 16, now::get);
        for (int i = 0; i < 1000; i++) {
            small.remember(ALICE + i, epochSeconds(NOON) + 60);
        }
        assertTrue(small.size() <= 16, "kept " + small.size() + " tokens, at most 16 allowed");
    }

    @Test
    void onlyTheTokenTheIdentityWasVerifiedFromIsRemembered() {
        SecurityIdentity alice = identity(ALICE, epochSeconds(NOON) + 60);
        tokens.remember(BOB, alice);
        assertFalse(tokens.verified(BOB), "Bob's token came with an identity verified from Alice's");
        assertEquals(0, tokens.size());
        tokens.remember(ALICE, alice);
        assertTrue(tokens.verified(ALICE));
        now.set(NOON + 60_000);
        assertFalse(tokens.verified(ALICE), "the identity's exp bounds the entry");
    }

    @Test
    void anIdentityThatIsNotAVerifiedJwtIsNotRemembered() {
        Principal plain = () -> "alice";
        SecurityIdentity notAJwt = QuarkusSecurityIdentity.builder().setPrincipal(plain)
                .addCredential(new AccessTokenCredential(ALICE)).build();
        tokens.remember(ALICE, notAJwt);
        SecurityIdentity anonymous = QuarkusSecurityIdentity.builder().setAnonymous(true).build();
        tokens.remember(ALICE, anonymous);
        tokens.remember(ALICE, (SecurityIdentity) null);
        assertFalse(tokens.verified(ALICE));
    }

    @Test
    void theBearerSchemeIsReadAsRfc6750SaysOthersAreNot() {
        assertEquals(ALICE, VerifiedTokens.bearerToken("Bearer " + ALICE));
        assertEquals(ALICE, VerifiedTokens.bearerToken("bearer " + ALICE));
        assertNull(VerifiedTokens.bearerToken("Basic YWxpY2U6c2VjcmV0"));
        assertNull(VerifiedTokens.bearerToken("Bearer "));
        assertNull(VerifiedTokens.bearerToken("Bearer"));
        assertNull(VerifiedTokens.bearerToken(null));
    }

    private static SecurityIdentity identity(String token, long expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("alice");
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt));
        AccessTokenCredential credential = new AccessTokenCredential(token);
        return QuarkusSecurityIdentity.builder().setPrincipal(new OidcJwtCallerPrincipal(claims, credential))
                .addCredential(credential).build();
    }
}
