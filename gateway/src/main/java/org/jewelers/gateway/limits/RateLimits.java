package org.jewelers.gateway.limits;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jewelers.gateway.edge.EdgeAnswers;
import org.jewelers.gateway.edge.EdgeOrder;
import org.jewelers.gateway.edge.EdgeSettings;
import org.jewelers.gateway.edge.GatewayProblem;
import org.jewelers.gateway.edge.TokenHolder;
import org.jewelers.gateway.edge.TrustedProxies;
import org.jewelers.gateway.keys.ApiKey;
import org.jewelers.gateway.routing.BearerTokens;
import org.jewelers.gateway.routing.Upstreams;
import org.jewelers.leases.Leases;

/**
 * A caller with a valid token is limited as its subject, per minute by its roles (outside users lower than staff),
 * and to a few requests at once; partner keys get their own limit per minute and quota per day (a UTC day);
 * anonymous callers share a lower limit per client address, except on webhook paths, which have a limit of their own
 * per address (a provider sends bursts from few addresses). Unknown API keys are counted per client address too,
 * before they are looked up, so that guessing keys costs the database little. Every limited answer carries
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} (seconds; the IETF draft's first
 * header set, which clients and CDNs widely read); a refusal is 429 problem+json with Retry-After.
 */
@Singleton
public class RateLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration DAY = Duration.ofDays(1);
    /** Windows are kept a little longer than the longest one, then removed. */
    private static final Duration KEPT = Duration.ofDays(2);
    /** The clean-up of old windows, a delete of shared rows, runs on one copy at a time. */
    private static final String CLEANUP_LEASE = "rate-window-cleanup";
    private static final Duration CLEANUP_LEASE_DURATION = Duration.ofMinutes(1);

    private final RateLimiter limiter;
    private final Upstreams upstreams;
    private final TrustedProxies proxies;
    private final EdgeAnswers answers;
    private final Clock clock;
    private final long anonymousPerMinute;
    private final Map<String, Webhook> webhooksByPath;
    private final Map<String, Long> perMinuteByRole;
    private final long lowestRolePerMinute;
    private final int maxInFlightPerSubject;
    private final SubjectsInFlight subjectsInFlight;
    private final long unknownKeysPerMinute;
    private final Duration syncInterval;
    private final Vertx vertx;
    private final Leases leases;
    private long syncTimer;
    private long cleanupTimer;

    RateLimits(DataSource database, Clock clock, Upstreams upstreams, TrustedProxies proxies, EdgeAnswers answers,
               Vertx vertx, Leases leases, EdgeSettings settings) {
        this.limiter = new RateLimiter(new SharedCounters(database), clock);
        this.clock = clock;
        this.upstreams = upstreams;
        this.proxies = proxies;
        this.answers = answers;
        this.vertx = vertx;
        this.leases = leases;
        EdgeSettings.RateLimits limits = settings.rateLimits();
        this.anonymousPerMinute = limits.anonymousPerMinute();
        this.webhooksByPath = limits.webhooks().entrySet().stream().collect(Collectors.toUnmodifiableMap(
                entry -> entry.getValue().path(), entry -> new Webhook(entry.getKey(), entry.getValue().perMinute())));
        this.perMinuteByRole = Map.of("entrant", limits.entrantPerMinute(), "member", limits.memberPerMinute(),
                "judge", limits.judgePerMinute(), "staff", limits.staffPerMinute());
        this.lowestRolePerMinute = perMinuteByRole.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        this.maxInFlightPerSubject = limits.maxInFlightPerSubject();
        this.subjectsInFlight = new SubjectsInFlight(maxInFlightPerSubject);
        this.unknownKeysPerMinute = limits.unknownKeysPerMinute();
        this.syncInterval = settings.rateLimits().syncInterval();
    }

    void install(@Observes Router router) {
        upstreams.upstreams().values().forEach(upstream -> upstream.prefixes().forEach(prefix ->
                router.route(prefix + "/*").order(EdgeOrder.RATE_LIMIT).handler(this::limit)));
    }

    void start(@Observes StartupEvent event) {
        // Every copy syncs, since each flushes its own counts. Ordered: one sync at a time, so a slow database never
        // piles syncs up.
        syncTimer = vertx.setPeriodic(syncInterval.toMillis(),
                id -> vertx.executeBlocking(() -> {
                    limiter.sync();
                    return null;
                }, true));
        cleanupTimer = vertx.setPeriodic(Duration.ofHours(1).toMillis(),
                id -> vertx.executeBlocking(() -> leases.runExclusively(CLEANUP_LEASE, CLEANUP_LEASE_DURATION,
                        lease -> limiter.forgetBefore(clock.instant().minus(KEPT))), true));
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(syncTimer);
        vertx.cancelTimer(cleanupTimer);
        limiter.sync();
    }

    /**
     * Before a partner key is looked up: counts the lookup against the client address's allowance of unknown keys,
     * and refuses (429, answered here) once it is spent. The lookup's outcome goes to {@link #keyLookedUp}.
     */
    public RateDecision beforeKeyLookup(RoutingContext ctx) {
        RateDecision decision = limiter.acquire("unknown-keys:address:" + clientAddress(ctx), unknownKeysPerMinute,
                MINUTE);
        if (!decision.allowed()) {
            refuse(ctx, decision, "Too many unknown API keys came from this address; try again when the window resets");
        }
        return decision;
    }

    /**
     * Only unknown keys stay counted: a lookup that found the key, or that failed on the database's side, is taken
     * off the address's count again.
     */
    public void keyLookedUp(RateDecision lookup, boolean unknown) {
        if (!unknown) {
            limiter.forgive(lookup);
        }
    }

    private void limit(RoutingContext ctx) {
        TokenHolder holder = ctx.get(BearerTokens.HOLDER);
        ApiKey key = ctx.get(PartnerKeys.CONTEXT_KEY);
        RateDecision decision;
        String refusal;
        if (holder != null) {
            if (!subjectsInFlight.enter(holder.subject())) {
                ctx.response().putHeader("Retry-After", "1");
                answers.problem(ctx, GatewayProblem.RATE_LIMITED, "A caller may have " + maxInFlightPerSubject
                        + " requests at once; wait for an answer before sending more");
                return;
            }
            ctx.addEndHandler(ignored -> subjectsInFlight.leave(holder.subject()));
            decision = limiter.acquire("subject:" + holder.subject() + ":minute", perMinute(holder), MINUTE);
            refusal = "This caller may send " + decision.limit() + " requests a minute";
        } else if (key != null) {
            decision = limiter.acquire("key:" + key.id() + ":minute", key.requestsPerMinute(), MINUTE);
            if (decision.allowed()) {
                RateDecision daily = limiter.acquire("key:" + key.id() + ":day", key.requestsPerDay(), DAY);
                decision = daily.allowed() && daily.remaining() >= decision.remaining() ? decision : daily;
            }
            refusal = "The API key's limit of " + decision.limit() + " requests is used up until the window resets";
        } else if (webhooksByPath.containsKey(ctx.normalizedPath())) {
            Webhook webhook = webhooksByPath.get(ctx.normalizedPath());
            decision = limiter.acquire("webhook:" + webhook.sender() + ":address:" + clientAddress(ctx),
                    webhook.perMinute(), MINUTE);
            refusal = "This webhook may be sent " + decision.limit() + " times a minute from one address";
        } else {
            decision = limiter.acquire("address:" + clientAddress(ctx), anonymousPerMinute, MINUTE);
            refusal = "Anonymous callers may send " + decision.limit() + " requests a minute; use an API key for more";
        }
        if (decision.allowed()) {
            putRateLimitHeaders(ctx, decision);
            ctx.next();
        } else {
            refuse(ctx, decision, refusal);
        }
    }

    private record Webhook(String sender, long perMinute) {
    }

    /** A subject with several roles gets the highest of their limits; one with none of ours the lowest. */
    private long perMinute(TokenHolder holder) {
        return holder.roles().stream().map(perMinuteByRole::get).filter(Objects::nonNull)
                .mapToLong(Long::longValue).max().orElse(lowestRolePerMinute);
    }

    /** The one place the limits ask who the client is. */
    private String clientAddress(RoutingContext ctx) {
        return proxies.clientAddress(ctx.request());
    }

    private void refuse(RoutingContext ctx, RateDecision decision, String detail) {
        putRateLimitHeaders(ctx, decision);
        ctx.response().putHeader("Retry-After", Long.toString(decision.resetSeconds()));
        answers.problem(ctx, GatewayProblem.RATE_LIMITED, detail);
    }

    private static void putRateLimitHeaders(RoutingContext ctx, RateDecision decision) {
        ctx.response()
                .putHeader("RateLimit-Limit", Long.toString(decision.limit()))
                .putHeader("RateLimit-Remaining", Long.toString(decision.remaining()))
                .putHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
    }
}
