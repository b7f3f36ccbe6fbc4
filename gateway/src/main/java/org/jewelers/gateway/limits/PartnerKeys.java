package org.jewelers.gateway.limits;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.jewelers.gateway.edge.EdgeAnswers;
import org.jewelers.gateway.edge.EdgeOrder;
import org.jewelers.gateway.edge.GatewayProblem;
import org.jewelers.gateway.keys.ApiKey;
import org.jewelers.gateway.keys.ApiKeyType;
import org.jewelers.gateway.keys.KeyMatch;
import org.jewelers.gateway.keys.PartnerKeyCache;
import org.jewelers.gateway.routing.Upstreams;
import org.jewelers.web.problem.ProblemType;

/**
 * Checks the partner key a request carries ({@code X-Api-Key}, or the {@code key} query parameter for pages that
 * cannot set headers) against the page it comes from: a browser key only from a page on one of its allowed
 * origins, a server key never from a page. A key this process does not know yet is looked up only within the client
 * address's allowance of unknown keys. A request without a key passes as anonymous, to the lower per-address limit.
 * It sits with the rate limits, which it asks before a lookup and which then limit the key it checked.
 */
@Singleton
public class PartnerKeys {

    /** The checked key, on the routing context, for the rate limits. */
    public static final String CONTEXT_KEY = "gateway.api-key";
    public static final String HEADER = "X-Api-Key";

    private static final Logger LOG = Logger.getLogger(PartnerKeys.class);

    private final PartnerKeyCache cache;
    private final RateLimits limits;
    private final Upstreams upstreams;
    private final EdgeAnswers answers;
    private final Clock clock;

    PartnerKeys(PartnerKeyCache cache, RateLimits limits, Upstreams upstreams, EdgeAnswers answers, Clock clock) {
        this.cache = cache;
        this.clock = clock;
        this.limits = limits;
        this.upstreams = upstreams;
        this.answers = answers;
    }

    void install(@Observes Router router) {
        upstreams.upstreams().values().forEach(upstream -> upstream.prefixes().forEach(prefix ->
                router.route(prefix + "/*").order(EdgeOrder.API_KEY).handler(this::check)));
    }

    private void check(RoutingContext ctx) {
        String secret = ctx.request().getHeader(HEADER);
        if (secret == null) {
            secret = ctx.request().getParam("key");
        }
        if (secret == null) {
            ctx.next();
            return;
        }
        Optional<KeyMatch> known = cache.knownAlready(secret);
        if (known.isPresent()) {
            decide(ctx, known);
            return;
        }
        RateDecision lookup = limits.beforeKeyLookup(ctx);
        if (!lookup.allowed()) {
            return;
        }
        CompletableFuture<Optional<KeyMatch>> found = cache.find(secret);
        if (found.isDone() && !found.isCompletedExceptionally()) {
            limits.keyLookedUp(lookup, found.join().isEmpty());
            decide(ctx, found.join());
            return;
        }
        // A cache miss waits for the database; the body must not start flowing before the proxy takes it.
        ctx.request().pause();
        Future.fromCompletionStage(found, ctx.vertx().getOrCreateContext()).onComplete(result -> {
            limits.keyLookedUp(lookup, result.succeeded() && result.result().isEmpty());
            if (result.succeeded()) {
                decide(ctx, result.result());
            } else {
                LOG.warn("API keys cannot be checked: the gateway's database is unreachable", result.cause());
                answers.problem(ctx, ProblemType.UNAVAILABLE, "API keys cannot be checked right now; try again shortly");
            }
        });
    }

    private void decide(RoutingContext ctx, Optional<KeyMatch> found) {
        if (found.isEmpty() || !found.get().usableAt(clock.instant())) {
            answers.problem(ctx, GatewayProblem.UNKNOWN_API_KEY, "The API key is unknown, has been revoked, or was "
                    + "replaced by a rotation whose overlap has ended");
            return;
        }
        ApiKey key = found.get().key();
        String origin = ctx.request().getHeader("Origin");
        if (key.type() == ApiKeyType.SERVER && origin != null) {
            answers.problem(ctx, GatewayProblem.ORIGIN_NOT_ALLOWED, "This is a server key, a secret that is never "
                    + "used from a page (this request came from " + origin + "); pages use a browser key");
            return;
        }
        if (key.type() == ApiKeyType.BROWSER) {
            String page = origin != null ? origin : refererOrigin(ctx);
            if (page == null) {
                answers.problem(ctx, GatewayProblem.ORIGIN_NOT_ALLOWED, "This is a browser key, taken only from a "
                        + "page on one of its origins (Origin or Referer); servers call with a server key");
                return;
            }
            if (!key.allows(page)) {
                answers.problem(ctx, GatewayProblem.ORIGIN_NOT_ALLOWED, "This API key may not be used from " + page);
                return;
            }
        }
        ctx.put(CONTEXT_KEY, key);
        ctx.next();
    }

    /**
     * A page's read from its own origin carries no Origin header, but its Referer names the page (and the origin
     * alone under the browsers' default policy for other origins), as map APIs check their browser keys.
     */
    private static String refererOrigin(RoutingContext ctx) {
        String referer = ctx.request().getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI page = new URI(referer);
            if (page.getScheme() == null || page.getHost() == null) {
                return null;
            }
            return page.getScheme() + "://" + page.getHost() + (page.getPort() == -1 ? "" : ":" + page.getPort());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
