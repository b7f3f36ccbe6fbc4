package org.jewelers.gateway.routing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Puts a tiny echo server behind the directory's prefixes, and nothing at all behind the competition's, so that
 * tests see exactly what the gateway forwards and what it answers when a service is down.
 */
public class EchoUpstreams implements QuarkusTestResourceLifecycleManager {

    /** The echo answers with this status when the request names one. */
    static final String STATUS_HEADER = "X-Echo-Status";

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            HttpServer server = vertx.createHttpServer().requestHandler(EchoUpstreams::echo)
                    .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            return Map.of(
                    "gateway.upstreams.directory.url", "http://127.0.0.1:" + server.actualPort(),
                    "gateway.upstreams.competition.url", "http://127.0.0.1:" + closedPort());
        } catch (Exception e) {
            throw new IllegalStateException("the echo upstream did not start", e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }

    private static void echo(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            JsonObject seen = new JsonObject()
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("body", body.toString())
                    .put("header", request.getHeader("X-Test"))
                    .put("host", request.getHeader("Host"));
            String status = request.getHeader(STATUS_HEADER);
            request.response()
                    .setStatusCode(status == null ? 200 : Integer.parseInt(status))
                    .putHeader("Content-Type", "application/json")
                    .putHeader("X-Upstream", "echo")
                    .end(seen.encode());
        });
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
