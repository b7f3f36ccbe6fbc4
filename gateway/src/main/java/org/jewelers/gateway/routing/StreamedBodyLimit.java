package org.jewelers.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import org.jewelers.web.problem.BodyLimits;

/**
 * Counts the bytes of every body the gateway passes on and breaks the request off once they pass the path's limit
 * (the same limits, at or below the services' own, that refuse a declared length up front), however the body is
 * framed. The service so never sees more than it takes; {@link UpstreamFailures} answers the caller 413 and does
 * not hold the broken-off request against the service.
 */
final class StreamedBodyLimit implements ProxyInterceptor {

    private static final String EXCEEDED = "gateway.body-limit-exceeded";

    private final BodyLimits limits;

    StreamedBodyLimit(BodyLimits limits) {
        this.limits = limits;
    }

    /** The limit the request's body passed, or null when it did not. */
    static Long exceeded(ProxyContext context) {
        return context.get(EXCEEDED, Long.class);
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        Body body = request.getBody();
        if (body != null) {
            long limit = limits.limitFor(request.proxiedRequest().path());
            request.setBody(Body.body(new Counted(body.stream(), limit, () -> context.set(EXCEEDED, limit)),
                    body.length()));
        }
        return context.sendRequest();
    }

    /** The body as it streams, failing once more than {@code limit} bytes have come. */
    private static final class Counted implements ReadStream<Buffer> {

        private final ReadStream<Buffer> source;
        private final long limit;
        private final Runnable onExceeded;
        private Handler<Throwable> exceptionHandler;
        private long bytes;

        Counted(ReadStream<Buffer> source, long limit, Runnable onExceeded) {
            this.source = source;
            this.limit = limit;
            this.onExceeded = onExceeded;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            if (handler == null) {
                source.handler(null);
                return this;
            }
            source.handler(chunk -> {
                if (bytes > limit) {
                    return;
                }
                bytes += chunk.length();
                if (bytes <= limit) {
                    handler.handle(chunk);
                    return;
                }
                onExceeded.run();
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new IllegalStateException("the body passed its limit of " + limit
                            + " bytes"));
                }
            });
            return this;
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            exceptionHandler = handler;
            source.exceptionHandler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> pause() {
            source.pause();
            return this;
        }

        @Override
        public ReadStream<Buffer> resume() {
            source.resume();
            return this;
        }

        @Override
        public ReadStream<Buffer> fetch(long amount) {
            source.fetch(amount);
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
            source.endHandler(endHandler == null ? null : end -> {
                if (bytes <= limit) {
                    endHandler.handle(end);
                }
            });
            return this;
        }
    }
}
