package org.jewelers.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Waits until each service answers one public read through the gateway. Every app saying it is ready is not enough:
 * the gateway learns a service's readiness on its own schedule, and until then answers 503 with Retry-After, which
 * is waited out here as any well-behaved client would. Any other answer is an error.
 */
final class RoutesThroughGateway {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RoutesThroughGateway() {
    }

    static void await(URI gateway, List<String> paths, Instant deadline) {
        for (String path : paths) {
            awaitOne(gateway.resolve(path), deadline);
        }
    }

    private static void awaitOne(URI route, Instant deadline) {
        while (true) {
            HttpResponse<String> response = get(route);
            if (response.statusCode() == 200) {
                return;
            }
            Optional<Duration> retryAfter = response.statusCode() == 503 ? retryAfter(response) : Optional.empty();
            if (retryAfter.isEmpty()) {
                throw new IllegalStateException("GET " + route.getPath() + " through the gateway answered "
                        + response.statusCode() + ": " + response.body());
            }
            if (Instant.now().plus(retryAfter.get()).isAfter(deadline)) {
                throw new IllegalStateException("GET " + route.getPath() + " through the gateway still answered 503"
                        + " at the deadline: " + response.body());
            }
            pause(retryAfter.get());
        }
    }

    /** Retry-After in seconds (the gateway never sends a date). */
    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").filter(value -> value.trim().matches("\\d{1,4}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value.trim())));
    }

    private static HttpResponse<String> get(URI route) {
        HttpRequest request = HttpRequest.newBuilder(route).timeout(Duration.ofSeconds(30)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + route.getPath() + " through the gateway failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the gateway", e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the gateway", e);
        }
    }
}
