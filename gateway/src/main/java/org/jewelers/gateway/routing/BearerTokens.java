package org.jewelers.gateway.routing;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jewelers.gateway.edge.EdgeAnswers;
import org.jewelers.gateway.edge.EdgeOrder;
import org.jewelers.gateway.edge.TokenHolder;
import org.jewelers.web.problem.ProblemType;

/**
 * Checks a bearer token at the edge (signature, expiry, issuer: the same {@code mp.jwt.verify.*} configuration the
 * services use) and forwards it unchanged, so that a forged or stale token never costs a service any work. What a
 * role may do stays the services' business: the gateway reads subject and roles only for its limits per subject. A
 * request without a token passes, since public reads need none. It guards the upstream routes, hence its place here.
 */
@Singleton
public class BearerTokens {

    /** The {@link TokenHolder}, on the routing context when the request carries a valid token. */
    public static final String HOLDER = "gateway.token-holder";

    private static final String SCHEME = "bearer ";

    private final JWTParser parser;
    private final Upstreams upstreams;
    private final EdgeAnswers answers;

    BearerTokens(JWTParser parser, Upstreams upstreams, EdgeAnswers answers) {
        this.parser = parser;
        this.upstreams = upstreams;
        this.answers = answers;
    }

    void install(@Observes Router router) {
        upstreams.upstreams().values().forEach(upstream -> upstream.prefixes().forEach(prefix ->
                router.route(prefix + "/*").order(EdgeOrder.BEARER_TOKEN).handler(this::check)));
    }

    private void check(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            ctx.next();
            return;
        }
        try {
            JsonWebToken token = parser.parse(authorization.substring(SCHEME.length()).trim());
            Set<String> roles = token.getGroups() == null ? Set.of() : Set.copyOf(token.getGroups());
            ctx.put(HOLDER, new TokenHolder(Objects.requireNonNullElse(token.getName(), ""), roles));
            ctx.next();
        } catch (ParseException e) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            answers.problem(ctx, ProblemType.UNAUTHORIZED, "The bearer token is malformed, expired or not ours");
        }
    }
}
