package org.jewelers.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Errors that happen before a request reaches a resource (no route matched, body over the size limit) also answer
 * problem+json, so that clients parse one error format everywhere.
 */
@Singleton
public class EdgeProblems {

    private final ObjectMapper json;
    private final BodyLimits limits;

    EdgeProblems(ObjectMapper json, BodyLimits limits) {
        this.json = json;
        this.limits = limits;
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
        long limit = limits.limitFor(ctx.request().path());
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > limit) {
            ctx.response().putHeader("Connection", "close");
            write(ctx, ProblemType.BODY_TOO_LARGE, "The request body exceeds the limit of " + limit + " bytes");
        } else {
            ctx.next();
        }
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
