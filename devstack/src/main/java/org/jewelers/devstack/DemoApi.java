package org.jewelers.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** The demo loader's way into the system: the gateway and the services' own APIs, as any client would use them. */
final class DemoApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EVENTUAL = Duration.ofSeconds(90);

    private final URI gateway;
    private final String token;

    DemoApi(URI gateway, String token) {
        this.gateway = gateway;
        this.token = token;
    }

    JsonNode get(String path) {
        HttpResponse<String> response = send(request(path).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("demo data: GET " + path + " answered " + response.statusCode());
        }
        return json(path, response.body());
    }

    /** Reads a record until it is as wanted (changed by events, e.g. a payment the provider reported). */
    JsonNode getEventually(String path, Predicate<JsonNode> wanted) {
        Instant deadline = Instant.now().plus(EVENTUAL);
        while (true) {
            JsonNode record = get(path);
            if (wanted.test(record)) {
                return record;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("demo data: GET " + path + " was still " + record + " after " + EVENTUAL);
            }
            pause();
        }
    }

    /** Creates a record; answers it, or null when it was there already (409: an earlier start stopped half way). */
    JsonNode create(String path, Object body) {
        HttpResponse<String> response = post(path, body);
        if (response.statusCode() == 201 || response.statusCode() == 200) {
            return json(path, response.body());
        }
        if (response.statusCode() == 409) {
            return null;
        }
        throw new IllegalStateException("demo data: POST " + path + " answered " + response.statusCode() + ": "
                + response.body());
    }

    /**
     * Creates a record that depends on another service having heard of something through events (a firm the
     * careers service must know before it takes the firm's job posting): retries while the answer is 422.
     */
    JsonNode createEventually(String path, Object body) {
        Instant deadline = Instant.now().plus(EVENTUAL);
        while (true) {
            HttpResponse<String> response = post(path, body);
            if (response.statusCode() != 422 || Instant.now().isAfter(deadline)) {
                if (response.statusCode() == 201 || response.statusCode() == 200) {
                    return json(path, response.body());
                }
                throw new IllegalStateException("demo data: POST " + path + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            pause();
        }
    }

    /** Sends one file as a multipart form, with the form's other fields, as a browser's upload does. */
    JsonNode upload(String method, String path, String fileName, byte[] file, Map<String, String> fields) {
        String boundary = "demo-" + UUID.randomUUID();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        fields.forEach((name, value) -> form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(file);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())).build());
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException("demo data: " + method + " " + path + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return json(path, response.body());
    }

    /** Replaces a record's part (staff's choices: finalists, published images); answers the new state. */
    JsonNode put(String path, Object body) {
        HttpResponse<String> response = send("PUT", path, body);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("demo data: PUT " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json(path, response.body());
    }

    /**
     * Changes a record (PATCH, a PUT that may create) or asks for work the service answers with 202 (a broadcast);
     * answers the JSON.
     */
    JsonNode change(String method, String path, Object body) {
        HttpResponse<String> response = send(method, path, body);
        if (response.statusCode() < 200 || response.statusCode() > 202) {
            throw new IllegalStateException("demo data: " + method + " " + path + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return json(path, response.body());
    }

    private HttpResponse<String> post(String path, Object body) {
        return send("POST", path, body);
    }

    private HttpResponse<String> send(String method, String path, Object body) {
        try {
            return send(request(path).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }

    private static JsonNode json(String path, String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("demo data: " + path + " did not answer JSON", e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("demo data: " + request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading demo data", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading demo data", e);
        }
    }
}
