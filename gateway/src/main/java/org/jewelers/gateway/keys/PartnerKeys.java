package org.jewelers.gateway.keys;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.jewelers.gateway.edge.EdgeAnswers;
import org.jewelers.gateway.edge.EdgeOrder;
import org.jewelers.gateway.edge.GatewayProblem;
import org.jewelers.gateway.routing.Upstreams;
import org.jewelers.web.problem.ProblemType;

/**
 * Checks the partner key a request carries ({@code X-Api-Key}, or the {@code key} query parameter for pages that
 * cannot set headers) and the page's Origin against the key's allowed origins. A request without a key passes as
 * anonymous, to the lower per-address limit.
 */
@Singleton
public class PartnerKeys {

    /** The checked key, on the routing context, for the rate limits. */
    public static final String CONTEXT_KEY = "gateway.api-key";
    public static final String HEADER = "X-Api-Key";

    private static final Logger LOG = Logger.getLogger(PartnerKeys.class);

    private final PartnerKeyCache cache;
    private final Upstreams upstreams;
    private final EdgeAnswers answers;

    PartnerKeys(PartnerKeyCache cache, Upstreams upstreams, EdgeAnswers answers) {
        this.cache = cache;
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
        CompletableFuture<Optional<ApiKey>> found = cache.find(secret);
        if (found.isDone() && !found.isCompletedExceptionally()) {
            decide(ctx, found.join());
            return;
        }
        // A cache miss waits for the database; the body must not start flowing before the proxy takes it.
        ctx.request().pause();
        Future.fromCompletionStage(found, ctx.vertx().getOrCreateContext()).onComplete(result -> {
            if (result.succeeded()) {
                decide(ctx, result.result());
            } else {
                LOG.warn("API keys cannot be checked: the gateway's database is unreachable", result.cause());
                answers.problem(ctx, ProblemType.UNAVAILABLE, "API keys cannot be checked right now; try again shortly");
            }
        });
    }

    private void decide(RoutingContext ctx, Optional<ApiKey> key) {
        if (key.isEmpty()) {
            answers.problem(ctx, GatewayProblem.UNKNOWN_API_KEY, "The API key is unknown or has been revoked");
            return;
        }
        String origin = ctx.request().getHeader("Origin");
        if (origin != null && !key.get().allows(origin)) {
            answers.problem(ctx, GatewayProblem.ORIGIN_NOT_ALLOWED,
                    "This API key may not be used from " + origin);
            return;
        }
        ctx.put(CONTEXT_KEY, key.get());
        ctx.next();
    }
}
