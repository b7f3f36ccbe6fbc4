package org.jewelers.systemtests.faults;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The clients' side of the wire: plain HTTP through the gateway with a time-out of its own, longer than the
 * gateway's upstream time-out (10 s), so that a frozen service shows as the gateway's 504 before the client gives up.
 */
final class Calls {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, String body, HttpResponse<String> response) {

        boolean isSuccess() {
            return status / 100 == 2;
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI gateway;

    Calls(String gatewayUrl) {
        this.gateway = URI.create(gatewayUrl);
    }

    Answer send(String method, String path, String token, Object body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response);
    }

    /**
     * Sends the operation's request and records how it ended: 2xx ok, 4xx failed, anything else (5xx, a time-out, a
     * connection refused or reset) unknown.
     */
    void perform(Operation operation, String method, String path, String token, Object body,
                 Map<String, String> headers) {
        try {
            Answer answer = send(method, path, token, body, headers);
            Operation.Outcome outcome = answer.isSuccess() ? Operation.Outcome.OK
                    : answer.status() / 100 == 4 ? Operation.Outcome.FAILED : Operation.Outcome.UNKNOWN;
            operation.complete(outcome, answer.status() + (answer.isSuccess() ? "" : " " + abbreviate(answer.body())));
        } catch (IOException e) {
            operation.complete(Operation.Outcome.UNKNOWN, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            operation.complete(Operation.Outcome.UNKNOWN, "interrupted");
            Thread.currentThread().interrupt();
        }
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 160 ? text : text.substring(0, 160) + "...";
    }
}
