package org.jewelers.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The launcher's last wait before the demo data: one public read per service through a gateway that may say 503. */
class RoutesThroughGatewayTest {

    private record Answer(int status, String retryAfter) {
    }

    private final Deque<Answer> answers = new ArrayDeque<>();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.stop(0);
        }
    }

    @Test
    void a503WithRetryAfterIsWaitedOutUntilTheRouteAnswers() throws IOException {
        URI url = gatewayAnswering(new Answer(503, "1"), new Answer(503, "1"), new Answer(200, null));
        Instant started = Instant.now();
        RoutesThroughGateway.await(url, List.of("/api/v1/services"), Instant.now().plusSeconds(30));
        assertEquals(3, requests.get());
        assertTrue(Duration.between(started, Instant.now()).toMillis() >= 2_000, "Retry-After was honoured");
    }

    @Test
    void a503WithoutRetryAfterOrAnyOtherAnswerIsAnError() throws IOException {
        URI url = gatewayAnswering(new Answer(503, null), new Answer(500, null));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () ->
                RoutesThroughGateway.await(url, List.of("/api/v1/services"), Instant.now().plusSeconds(30)));
        assertTrue(refused.getMessage().contains("/api/v1/services through the gateway answered 503"),
                refused.getMessage());
        IllegalStateException failed = assertThrows(IllegalStateException.class, () ->
                RoutesThroughGateway.await(url, List.of("/api/v1/editions"), Instant.now().plusSeconds(30)));
        assertTrue(failed.getMessage().contains("answered 500"), failed.getMessage());
    }

    @Test
    void aGatewayStillSaying503AtTheDeadlineIsAnError() throws IOException {
        URI url = gatewayAnswering(new Answer(503, "5"));
        IllegalStateException late = assertThrows(IllegalStateException.class, () ->
                RoutesThroughGateway.await(url, List.of("/api/v1/members"), Instant.now().plusSeconds(2)));
        assertTrue(late.getMessage().contains("at the deadline"), late.getMessage());
    }

    private URI gatewayAnswering(Answer... script) throws IOException {
        answers.addAll(List.of(script));
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/", exchange -> {
            requests.incrementAndGet();
            Answer answer = answers.size() > 1 ? answers.poll() : answers.peek();
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            byte[] body = ("{\"status\":" + answer.status() + "}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        gateway.start();
        return URI.create("http://127.0.0.1:" + gateway.getAddress().getPort());
    }
}
