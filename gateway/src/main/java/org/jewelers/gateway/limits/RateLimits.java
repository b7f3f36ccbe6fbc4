package org.jewelers.gateway.limits;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.jewelers.gateway.edge.BearerTokens;
import org.jewelers.gateway.edge.EdgeAnswers;
import org.jewelers.gateway.edge.EdgeOrder;
import org.jewelers.gateway.edge.EdgeSettings;
import org.jewelers.gateway.edge.GatewayProblem;
import org.jewelers.gateway.edge.TrustedProxies;
import org.jewelers.gateway.keys.ApiKey;
import org.jewelers.gateway.keys.PartnerKeys;
import org.jewelers.gateway.routing.Upstreams;

/**
 * Partner keys get their own limit per minute and quota per day (a UTC day); anonymous callers share a lower limit
 * per client address; callers with a valid token are the association's own tools and are not limited here. Every
 * limited answer carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} (seconds;
 * the IETF draft's first header set, which clients and CDNs widely read); a refusal is 429 problem+json with
 * Retry-After.
 */
@Singleton
public class RateLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration DAY = Duration.ofDays(1);
    /** Windows are kept a little longer than the longest one, then removed. */
    private static final Duration KEPT = Duration.ofDays(2);

    private final RateLimiter limiter;
    private final Upstreams upstreams;
    private final TrustedProxies proxies;
    private final EdgeAnswers answers;
    private final Clock clock;
    private final long anonymousPerMinute;
    private final Duration syncInterval;
    private final Vertx vertx;
    private long syncTimer;
    private long cleanupTimer;

    RateLimits(DataSource database, Clock clock, Upstreams upstreams, TrustedProxies proxies, EdgeAnswers answers,
               Vertx vertx, EdgeSettings settings) {
        this.limiter = new RateLimiter(new SharedCounters(database), clock);
        this.clock = clock;
        this.upstreams = upstreams;
        this.proxies = proxies;
        this.answers = answers;
        this.vertx = vertx;
        this.anonymousPerMinute = settings.rateLimits().anonymousPerMinute();
        this.syncInterval = settings.rateLimits().syncInterval();
    }

    void install(@Observes Router router) {
        upstreams.upstreams().values().forEach(upstream -> upstream.prefixes().forEach(prefix ->
                router.route(prefix + "/*").order(EdgeOrder.RATE_LIMIT).handler(this::limit)));
    }

    void start(@Observes StartupEvent event) {
        // Ordered: one sync at a time, so a slow database never piles syncs up.
        syncTimer = vertx.setPeriodic(syncInterval.toMillis(),
                id -> vertx.executeBlocking(() -> {
                    limiter.sync();
                    return null;
                }, true));
        cleanupTimer = vertx.setPeriodic(Duration.ofHours(1).toMillis(),
                id -> vertx.executeBlocking(() -> {
                    limiter.forgetBefore(clock.instant().minus(KEPT));
                    return null;
                }, true));
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(syncTimer);
        vertx.cancelTimer(cleanupTimer);
        limiter.sync();
    }

    private void limit(RoutingContext ctx) {
        ApiKey key = ctx.get(PartnerKeys.CONTEXT_KEY);
        RateDecision decision;
        if (key != null) {
            decision = limiter.acquire("key:" + key.id() + ":minute", key.requestsPerMinute(), MINUTE);
            if (decision.allowed()) {
                RateDecision daily = limiter.acquire("key:" + key.id() + ":day", key.requestsPerDay(), DAY);
                decision = daily.allowed() && daily.remaining() >= decision.remaining() ? decision : daily;
            }
        } else if (ctx.get(BearerTokens.AUTHENTICATED) != null) {
            ctx.next();
            return;
        } else {
            decision = limiter.acquire("address:" + proxies.clientAddress(ctx.request()), anonymousPerMinute, MINUTE);
        }
        HttpServerResponse response = ctx.response()
                .putHeader("RateLimit-Limit", Long.toString(decision.limit()))
                .putHeader("RateLimit-Remaining", Long.toString(decision.remaining()))
                .putHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (decision.allowed()) {
            ctx.next();
        } else {
            response.putHeader("Retry-After", Long.toString(decision.resetSeconds()));
            answers.problem(ctx, GatewayProblem.RATE_LIMITED, key != null
                    ? "The API key's limit of " + decision.limit() + " requests is used up until the window resets"
                    : "Anonymous callers may send " + decision.limit() + " requests a minute; use an API key for more");
        }
    }
}
