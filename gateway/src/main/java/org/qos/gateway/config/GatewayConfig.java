package org.qos.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's settings: where the services are, and how long it waits for them. */
@ConfigMapping(prefix = "qos.gateway")
public interface GatewayConfig {

    /**
     * The base URL of each family's service, by family key ({@code voice}, {@code coverage}, {@code billing},
     * {@code complaints}). Environment: {@code QOS_VOICE_URL}, {@code QOS_COVERAGE_URL}, {@code QOS_BILLING_URL},
     * {@code QOS_COMPLAINTS_URL}.
     */
    Map<String, Upstream> services();

    /** Forwarding of {@code /api/v1/{family}/...}. */
    Forwarding forwarding();

    /** The scorecard's calls to each service. */
    Scorecards scorecards();

    /** The bearer tokens already verified, whose repeat requests skip a new verification (VerifiedTokens). */
    TokenCache tokenCache();

    interface Upstream {
        /** Base URL, e.g. {@code http://127.0.0.1:8081}. */
        URI url();
    }

    interface Forwarding {
        /** How long to wait for a TCP connection to a service; after it, 503. */
        @WithDefault("2S")
        Duration connectTimeout();

        /**
         * How long a forwarded exchange may stay silent (no byte either way) before it is abandoned. Not a limit on
         * the whole exchange: a large upload that keeps flowing may take longer.
         */
        @WithDefault("5M")
        Duration idleTimeout();

        /**
         * Connections kept open to each service, in all: each event loop has its own client (a connection serves
         * the loop that opened it) with its share of them, rounded up.
         */
        @WithDefault("64")
        int maxConnectionsPerService();
    }

    interface TokenCache {
        /**
         * The longest a verified token is taken without a new verification, whatever its {@code exp}: how late
         * the gateway may notice a key that Keycloak no longer uses (the services check every token themselves).
         * {@code 0S} verifies every request.
         */
        @WithDefault("30S")
        Duration maxAge();

        /** Tokens kept at most (32 bytes of hash and an expiry each); the least recently used go first. */
        @WithDefault("10000")
        int maxEntries();
    }

    interface Scorecards {
        /**
         * The most a family may take, retries included, before it is {@code UNAVAILABLE} (api.md: at most 2 s). The
         * fault-tolerance timeout of each attempt is shorter (see ComplianceClients).
         */
        @WithDefault("2S")
        Duration familyTimeout();
    }
}
