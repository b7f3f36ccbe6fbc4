package org.jewelers.gateway.routing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jewelers.kafkabroker.FreePorts;

/**
 * Puts a tiny echo server behind the directory's prefixes, nothing at all behind the competition's, a server that
 * accepts requests and never answers behind the careers', and a free port for tests to start and stop a service of
 * their own behind {@code /api/v1/flaky} and one behind {@code /api/v1/starting}, the frozen server with a long timeout behind {@code /api/v1/silent}, so
 * that tests see exactly what the gateway forwards and what it answers
 * when a service is down, frozen, or comes back. Services with several instances: two free ports behind
 * {@code /api/v1/pair} for a test to start and stop; an echo and an instance that hangs up on every request behind
 * {@code /api/v1/hangup}. And a slow service with few slots behind {@code /api/v1/slow}, for overload.
 */
public class EchoUpstreams implements QuarkusTestResourceLifecycleManager {

    /** The echo answers with this status when the request names one. */
    public static final String STATUS_HEADER = "X-Echo-Status";
    /** The echo answers this as the directory's search total ({@code X-Total-Count}) when the request names one. */
    public static final String TOTAL_HEADER = "X-Echo-Total-Count";
    /** The frozen service's timeout, short so that tests wait little. */
    static final long FROZEN_TIMEOUT_MILLIS = 1_000;
    /** The slow service's timeout: its slowest answer, from the back of its own queue, comes well within it. */
    static final long SLOW_TIMEOUT_MILLIS = 5_000;
    /** The requests the gateway lets the slow service have at once, and how many more may wait for a slot. */
    static final int SLOW_MAX_IN_FLIGHT = 4;
    static final int SLOW_QUEUE_SIZE = 4;

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            HttpServer echo = listen(EchoUpstreams::echo);
            HttpServer frozen = listen(request -> {
                // Never answers: the gateway's timeout must.
            });
            Map<String, String> config = new HashMap<>();
            config.put("gateway.upstreams.directory.url", "http://127.0.0.1:" + echo.actualPort());
            config.put("gateway.upstreams.competition.url", "http://127.0.0.1:" + FreePorts.next());
            config.put("gateway.upstreams.careers.url", "http://127.0.0.1:" + frozen.actualPort());
            config.put("gateway.upstreams.careers.timeout", FROZEN_TIMEOUT_MILLIS + "ms");
            config.put("gateway.upstreams.silent.url", "http://127.0.0.1:" + frozen.actualPort());
            config.put("gateway.upstreams.silent.prefixes", "/api/v1/silent");
            config.put("gateway.upstreams.silent.timeout", "60s");
            config.put("gateway.upstreams.flaky.url", "http://127.0.0.1:" + FreePorts.next());
            config.put("gateway.upstreams.flaky.prefixes", "/api/v1/flaky");
            config.put("gateway.upstreams.starting.url", "http://127.0.0.1:" + FreePorts.next());
            config.put("gateway.upstreams.starting.prefixes", "/api/v1/starting");
            config.put("gateway.upstreams.pair.url",
                    "http://127.0.0.1:" + FreePorts.next() + ",http://127.0.0.1:" + FreePorts.next());
            config.put("gateway.upstreams.pair.prefixes", "/api/v1/pair");
            HttpServer hangingUp = listen(request -> request.connection().close());
            config.put("gateway.upstreams.hangup.url", "http://127.0.0.1:" + hangingUp.actualPort()
                    + ",http://127.0.0.1:" + echo.actualPort());
            config.put("gateway.upstreams.hangup.prefixes", "/api/v1/hangup");
            HttpServer slow = listen(new SlowService(SLOW_MAX_IN_FLIGHT, SlowService.WORK_MILLIS, vertx));
            config.put("gateway.upstreams.slow.url", "http://127.0.0.1:" + slow.actualPort());
            config.put("gateway.upstreams.slow.prefixes", "/api/v1/slow");
            config.put("gateway.upstreams.slow.timeout", SLOW_TIMEOUT_MILLIS + "ms");
            config.put("gateway.upstreams.slow.max-in-flight", Integer.toString(SLOW_MAX_IN_FLIGHT));
            config.put("gateway.upstreams.slow.queue-size", Integer.toString(SLOW_QUEUE_SIZE));
            config.put("gateway.upstreams.slow.queue-wait", "300ms");
            config.put("gateway.circuit-breaker.open-for", "1s");
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("the test upstreams did not start", e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }

    private HttpServer listen(io.vertx.core.Handler<HttpServerRequest> handler) throws Exception {
        return vertx.createHttpServer().requestHandler(handler)
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    static void echo(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            JsonObject seen = new JsonObject()
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("body", body.length() > 1024 ? "" : body.toString())
                    .put("bytes", body.length())
                    .put("contentType", request.getHeader("Content-Type"))
                    .put("header", request.getHeader("X-Test"))
                    .put("host", request.getHeader("Host"))
                    .put("authorization", request.getHeader("Authorization"))
                    .put("requestId", request.getHeader("X-Request-Id"))
                    .put("forwardedFor", request.getHeader("X-Forwarded-For"))
                    .put("forwardedProto", request.getHeader("X-Forwarded-Proto"))
                    .put("forwardedHost", request.getHeader("X-Forwarded-Host"));
            String status = request.getHeader(STATUS_HEADER);
            String total = request.getHeader(TOTAL_HEADER);
            if (total != null) {
                request.response().putHeader("X-Total-Count", total);
            }
            request.response()
                    .setStatusCode(status == null ? 200 : Integer.parseInt(status))
                    .putHeader("Content-Type", "application/json")
                    .putHeader("X-Upstream", "echo")
                    .end(seen.encode());
        });
    }

}
