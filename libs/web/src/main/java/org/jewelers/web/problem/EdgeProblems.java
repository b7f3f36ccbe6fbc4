package org.jewelers.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Errors that happen before a request reaches a resource (no route matched, body over the size limit) also answer
 * problem+json, so that clients parse one error format everywhere.
 */
@Singleton
public class EdgeProblems {

    private final ObjectMapper json;
    private final long appLimit;
    private final long standardLimit;
    private final List<Pattern> largeBodyPaths;

    /**
     * Quarkus has one body limit per app. An app that takes large uploads on a few paths raises that limit and
     * names the paths in {@code web.limits.large-body-paths} (each a path and what lies below it, where an asterisk
     * stands for one path segment such as an entry id); every other request stays held to
     * {@code web.limits.max-body-size}, refused before its body is read.
     */
    EdgeProblems(ObjectMapper json,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize appLimit,
                 @ConfigProperty(name = "web.limits.max-body-size", defaultValue = "1M") MemorySize standardLimit,
                 @ConfigProperty(name = "web.limits.large-body-paths") Optional<List<String>> largeBodyPaths) {
        this.json = json;
        this.appLimit = appLimit.asLongValue();
        this.standardLimit = Math.min(standardLimit.asLongValue(), this.appLimit);
        this.largeBodyPaths = largeBodyPaths.orElse(List.of()).stream().map(EdgeProblems::pathPattern).toList();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversizedBody);
        router.route().order(Integer.MAX_VALUE).handler(ctx -> write(ctx, ProblemType.NOT_FOUND,
                "No resource at this address"));
        router.route().order(Integer.MIN_VALUE).failureHandler(this::onFailure);
    }

    void onStart(@Observes StartupEvent event) {
        // Forces the bean, and so the router observer, to be created in every app that includes this library.
    }

    /** Refuses a declared oversized body before it is read; Vert.x would otherwise answer 413 without a body. */
    private void refuseOversizedBody(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        String path = ctx.request().path();
        long limit = largeBodyPaths.stream().anyMatch(p -> p.matcher(path).matches()) ? appLimit : standardLimit;
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > limit) {
            ctx.response().putHeader("Connection", "close");
            write(ctx, ProblemType.BODY_TOO_LARGE, "The request body exceeds the limit of " + limit + " bytes");
        } else {
            ctx.next();
        }
    }

    static Pattern pathPattern(String configured) {
        StringBuilder regex = new StringBuilder();
        for (String part : configured.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append("[^/]+");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex + "(/.*)?");
    }

    private void onFailure(RoutingContext ctx) {
        if (ctx.statusCode() == 413) {
            write(ctx, ProblemType.BODY_TOO_LARGE, "The request body exceeds the size limit");
        } else {
            ctx.next();
        }
    }

    private void write(RoutingContext ctx, ProblemType type, String detail) {
        if (ctx.response().headWritten()) {
            return;
        }
        try {
            ctx.response().setStatusCode(type.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(type.problem(detail, ctx.request().path())));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(type.status()).end();
        }
    }
}
