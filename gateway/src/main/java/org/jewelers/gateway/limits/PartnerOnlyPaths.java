package org.jewelers.gateway.limits;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Pattern;
import org.jewelers.gateway.edge.EdgeAnswers;
import org.jewelers.gateway.edge.EdgeOrder;
import org.jewelers.gateway.edge.EdgeSettings;
import org.jewelers.gateway.edge.GatewayProblem;
import org.jewelers.gateway.edge.TokenHolder;
import org.jewelers.gateway.keys.ApiKey;
import org.jewelers.gateway.keys.ApiKeyType;
import org.jewelers.gateway.routing.BearerTokens;
import org.jewelers.web.problem.ProblemType;

/**
 * Paths that hand out more than a page may (the directory's change feed reads the whole directory past the search's
 * depth cap): only a partner's server, with a server key, or a partner or staff token may call them; never a browser
 * key, which anyone can copy off a page, and never nothing. Key types are the gateway's alone (a server key reaches
 * the service without any token), so the rule is kept here, after the key and the token were checked.
 */
@Singleton
public class PartnerOnlyPaths {

    private static final List<String> ROLES = List.of("partner", "staff");
    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");

    private final List<String> paths;
    private final EdgeAnswers answers;

    PartnerOnlyPaths(EdgeSettings settings, EdgeAnswers answers) {
        this.paths = settings.apiKeys().partnerOnlyPaths().orElse(List.of());
        this.answers = answers;
    }

    /**
     * On every request, matched on the normalized path with repeated and trailing slashes dropped: the spellings the
     * service may take for the same resource ({@code /changes/}, {@code //changes}, {@code %63hanges}) must not pass
     * as another path.
     */
    void install(@Observes Router router) {
        if (!paths.isEmpty()) {
            router.route().order(EdgeOrder.PARTNER_ONLY).handler(this::check);
        }
    }

    private void check(RoutingContext ctx) {
        // Runs on every proxied request: the pattern is compiled once and applied only when there is something to fix.
        String path = ctx.normalizedPath();
        if (path.contains("//")) {
            path = REPEATED_SLASHES.matcher(path).replaceAll("/");
        }
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (!paths.contains(path)) {
            ctx.next();
            return;
        }
        ApiKey key = ctx.get(PartnerKeys.CONTEXT_KEY);
        TokenHolder holder = ctx.get(BearerTokens.HOLDER);
        if ((key != null && key.type() == ApiKeyType.SERVER)
                || (holder != null && ROLES.stream().anyMatch(holder.roles()::contains))) {
            ctx.next();
            return;
        }
        if (key == null && holder == null) {
            answers.problem(ctx, ProblemType.UNAUTHORIZED, "This feed needs a server key (X-Api-Key) or a partner token");
        } else if (key != null && key.type() == ApiKeyType.BROWSER) {
            answers.problem(ctx, GatewayProblem.ORIGIN_NOT_ALLOWED, "This feed hands out the whole directory: it is "
                    + "read by a partner's server with a server key, never from a page with a browser key");
        } else {
            answers.problem(ctx, ProblemType.FORBIDDEN, "This feed is for partners: a server key or a partner token");
        }
    }
}
