package org.jewelers.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jewelers.geo.ZipPlaces;

/**
 * Loads the demo records the first time a stack starts on its data, through the gateway and the services' own APIs
 * (never into their tables), and leaves a marker so that a second start keeps what users changed since.
 */
final class DemoData {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI gateway;
    private final DevTokens tokens;

    DemoData(URI gateway, DevTokens tokens) {
        this.gateway = gateway;
        this.tokens = tokens;
    }

    /** Returns how many records were added; 0 when the marker says they were loaded before. */
    int loadOnce(Path marker) {
        if (Files.exists(marker)) {
            return 0;
        }
        JsonNode taxonomy = get("/api/v1/services");
        int added = 0;
        for (Map<String, Object> firm : DemoFirms.all(ZipPlaces.load(), codes(taxonomy.path("services")),
                codes(taxonomy.path("credentials")))) {
            added += post("/api/v1/members", firm);
        }
        try {
            Files.writeString(marker, "demo data loaded; delete this file (or run ./run.sh --reset) to load again\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return added;
    }

    private static List<String> codes(JsonNode terms) {
        List<String> codes = new ArrayList<>();
        terms.forEach(term -> codes.add(term.path("code").asText()));
        return codes;
    }

    private JsonNode get(String path) {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("demo data: GET " + path + " answered " + response.statusCode());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("demo data: GET " + path + " did not answer JSON", e);
        }
    }

    /** A record already there (409) counts as loaded: an earlier start may have stopped half way. */
    private int post(String path, Object body) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(gateway.resolve(path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + tokens.staff())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpResponse<String> response = send(request);
        if (response.statusCode() == 201) {
            return 1;
        }
        if (response.statusCode() == 409) {
            return 0;
        }
        throw new IllegalStateException("demo data: POST " + path + " answered " + response.statusCode()
                + ": " + response.body());
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
}
