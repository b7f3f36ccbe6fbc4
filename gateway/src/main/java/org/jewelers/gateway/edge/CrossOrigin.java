package org.jewelers.gateway.edge;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jewelers.web.problem.ProblemType;

/**
 * CORS per the Conventions. The policy follows the credential a request carries: with a bearer token (or a
 * preflight asking to send one, or to write) only the association's own front-end origins
 * ({@code gateway.cors.association-origins}) get CORS headers; with a partner key or nothing, any origin does, and
 * the key's own allowed origins are enforced by {@link org.jewelers.gateway.limits.PartnerKeys} with a 403 that
 * carries these headers too, so the widget can read why. Every answer varies by Origin, since its CORS headers do.
 */
@Singleton
public class CrossOrigin {

    static final String EXPOSED = "ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, "
            + "X-Request-Id, Location";
    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final Set<String> associationOrigins;
    private final EdgeAnswers answers;

    CrossOrigin(EdgeSettings settings, EdgeAnswers answers) {
        this.associationOrigins = settings.cors().associationOrigins().orElse(List.of()).stream()
                .map(origin -> origin.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.answers = answers;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(EdgeOrder.CROSS_ORIGIN).handler(this::handle);
        router.route("/openapi/*").order(EdgeOrder.CROSS_ORIGIN).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        String origin = ctx.request().getHeader("Origin");
        ctx.addHeadersEndHandler(ignored -> varyByOrigin(ctx.response().headers()));
        if (origin == null) {
            ctx.next();
        } else if ("OPTIONS".equals(ctx.request().method().name())
                && ctx.request().getHeader("Access-Control-Request-Method") != null) {
            preflight(ctx, origin);
        } else {
            boolean tokenBearing = ctx.request().getHeader("Authorization") != null;
            if (!tokenBearing || isAssociation(origin)) {
                ctx.addHeadersEndHandler(ignored -> ctx.response()
                        .putHeader("Access-Control-Allow-Origin", origin)
                        .putHeader("Access-Control-Expose-Headers", EXPOSED));
            }
            ctx.next();
        }
    }

    private void preflight(RoutingContext ctx, String origin) {
        String method = ctx.request().getHeader("Access-Control-Request-Method").toUpperCase(Locale.ROOT);
        String headers = Optional.ofNullable(ctx.request().getHeader("Access-Control-Request-Headers")).orElse("");
        boolean tokenEndpoint = !READS.contains(method)
                || headers.toLowerCase(Locale.ROOT).contains("authorization");
        if (tokenEndpoint && !isAssociation(origin)) {
            answers.problem(ctx, ProblemType.FORBIDDEN,
                    "Origin " + origin + " may not call endpoints that take a token");
            return;
        }
        if (!headers.isBlank()) {
            ctx.response().putHeader("Access-Control-Allow-Headers", headers);
        }
        ctx.response().setStatusCode(204)
                .putHeader("Access-Control-Allow-Origin", origin)
                .putHeader("Access-Control-Allow-Methods",
                        tokenEndpoint ? "GET, HEAD, POST, PUT, PATCH, DELETE" : "GET, HEAD")
                .putHeader("Access-Control-Max-Age", "600")
                .end();
    }

    private boolean isAssociation(String origin) {
        return associationOrigins.contains(origin.toLowerCase(Locale.ROOT));
    }

    /**
     * Adds Origin and X-Api-Key to Vary (without repeating what the service already named): the answer depends on
     * both, so a browser or shared cache must not hand one key's or one origin's answer to another.
     */
    private static void varyByOrigin(MultiMap headers) {
        String vary = headers.get("Vary") == null ? "" : headers.get("Vary");
        for (String header : new String[] {"Origin", "X-Api-Key"}) {
            if (!vary.toLowerCase(Locale.ROOT).contains(header.toLowerCase(Locale.ROOT))) {
                vary = vary.isEmpty() ? header : vary + ", " + header;
            }
        }
        headers.set("Vary", vary);
    }
}
