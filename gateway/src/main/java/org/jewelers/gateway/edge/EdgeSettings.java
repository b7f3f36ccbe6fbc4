package org.jewelers.gateway.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the gateway checks before routing: CORS, client addresses, partner keys and rate limits. */
@ConfigMapping(prefix = "gateway")
public interface EdgeSettings {

    Cors cors();

    /** Proxies (addresses or CIDR ranges) whose X-Forwarded-For is believed; none by default. */
    Optional<List<String>> trustedProxies();

    ApiKeys apiKeys();

    RateLimits rateLimits();

    interface Cors {

        /** The association's own front ends: the only origins that may call endpoints taking a token. */
        Optional<List<String>> associationOrigins();
    }

    interface ApiKeys {

        /** How long a key is cached; a revocation reaches the other gateway processes within it. */
        @WithDefault("30s")
        Duration cacheTtl();

        /**
         * Paths that hand out more than a page may (the directory's change feed): only a server key or a partner or
         * staff token reaches them ({@code org.jewelers.gateway.limits.PartnerOnlyPaths}).
         */
        Optional<List<String>> partnerOnlyPaths();
    }

    interface RateLimits {

        /** Requests a minute per client address for callers with neither a key nor a token. */
        @WithDefault("60")
        long anonymousPerMinute();

        /**
         * Webhook paths, by sender: anonymous by nature, sent in bursts from a provider's few addresses, so each has a
         * limit of its own per client address instead of the anonymous one.
         */
        Map<String, Webhook> webhooks();

        /**
         * Requests a minute per token subject, by role: outside users (entrants, members) lower than the association's
         * judges and staff. A subject with several roles gets the highest of theirs, one with none of these the
         * lowest.
         */
        @WithDefault("120")
        long entrantPerMinute();

        @WithDefault("120")
        long memberPerMinute();

        @WithDefault("300")
        long judgePerMinute();

        @WithDefault("600")
        long staffPerMinute();

        /**
         * Requests one token subject may have at the gateway at once, across all services; its next is refused, so
         * that no one caller holds the slots of a service ({@code gateway.upstreams.<name>.max-in-flight}).
         */
        @WithDefault("16")
        int maxInFlightPerSubject();

        /** API keys per client address and minute that turn out unknown; past it a key is refused unlooked-up. */
        @WithDefault("10")
        long unknownKeysPerMinute();

        /** How often each process adds its counts to the shared store and learns the others'. */
        @WithDefault("100ms")
        Duration syncInterval();
    }

    interface Webhook {

        /** The exact path the sender posts to. */
        String path();

        /** Requests a minute per client address to that path. */
        long perMinute();
    }
}
