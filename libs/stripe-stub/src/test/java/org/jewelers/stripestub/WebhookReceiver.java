package org.jewelers.stripestub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The application's side of webhooks in these tests: takes every POST, answering 500 to the first few if told to. */
final class WebhookReceiver implements AutoCloseable {

    record Delivery(String payload, String signature, String contentType, int answered) {
    }

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    private WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/stripe/webhooks", this::receive);
        server.start();
    }

    static WebhookReceiver start() {
        return new WebhookReceiver();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/stripe/webhooks";
    }

    /** The next {@code count} deliveries are answered 500, as by an application that is down or failing. */
    void failNext(int count) {
        failuresLeft.set(count);
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0 ? 500 : 200;
            deliveries.add(new Delivery(payload, exchange.getRequestHeaders().getFirst("Stripe-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), status));
            exchange.sendResponseHeaders(status, -1);
        }
    }
}
