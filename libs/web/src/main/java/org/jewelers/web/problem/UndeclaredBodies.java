package org.jewelers.web.problem;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body whose length is not declared (chunked) is counted as it arrives and refused with 413 problem+json as soon
 * as it passes its path's limit, before anything parses it; a declared length is refused up front
 * ({@link EdgeProblems}). Otherwise Quarkus would read such a body up to the app's limit, the one the upload paths
 * need, and refuse past it with a bare 413. Upload paths are left to their own parsers, which stream to disk and
 * which Quarkus holds to the app's limit.
 */
@Singleton
public class UndeclaredBodies {

    private final BodyLimits limits;

    UndeclaredBodies(BodyLimits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> readWithinLimit(RoutingContext ctx, ContainerRequestContext request) {
        HttpServerRequest incoming = ctx.request();
        String path = incoming.path();
        boolean undeclared = incoming.getHeader("Transfer-Encoding") != null
                && incoming.getHeader("Content-Length") == null;
        if (!undeclared || incoming.isEnded() || limits.isLarge(path)) {
            return Uni.createFrom().nullItem();
        }
        long limit = limits.limitFor(path);
        return Uni.createFrom().emitter(emitter -> {
            Buffer body = Buffer.buffer();
            incoming.handler(chunk -> {
                if (body.length() + (long) chunk.length() <= limit) {
                    body.appendBuffer(chunk);
                    return;
                }
                // The rest is dropped as it comes; the connection closes once the answer is out.
                incoming.handler(dropped -> {
                });
                incoming.endHandler(null);
                emitter.complete(Response.status(413).type(Problem.MEDIA_TYPE).header("Connection", "close")
                        .entity(ProblemType.BODY_TOO_LARGE.problem("The request body exceeds the limit of " + limit
                                + " bytes", path))
                        .build());
            });
            incoming.endHandler(end -> {
                request.setEntityStream(new ByteArrayInputStream(body.getBytes()));
                emitter.complete(null);
            });
            incoming.exceptionHandler(emitter::fail);
            incoming.resume();
        });
    }
}
