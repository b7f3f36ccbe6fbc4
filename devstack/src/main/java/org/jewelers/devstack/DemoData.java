package org.jewelers.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Loads the demo records the first time a stack starts on its data, through the gateway and the services' own APIs
 * (never into their tables), and leaves a marker so that a second start keeps what users changed since.
 */
final class DemoData {

    private static final String MEMBERS = "/demo/members.csv";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
        int added = 0;
        for (String json : memberRequests()) {
            added += post("/api/v1/members", json);
        }
        try {
            Files.writeString(marker, "demo data loaded; delete this file (or run ./run.sh --reset) to load again\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return added;
    }

    /** A record already there (409) counts as loaded: an earlier start may have stopped half way. */
    private int post(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokens.staff())
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                return 1;
            }
            if (response.statusCode() == 409) {
                return 0;
            }
            throw new IllegalStateException("demo data: POST " + path + " answered " + response.statusCode()
                    + ": " + response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("demo data: POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading demo data", e);
        }
    }

    private static List<String> memberRequests() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                DemoData.class.getResourceAsStream(MEMBERS), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(DemoData::newMember).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** number,name,kind,memberSince,address,city,state,zip as the directory's NewMember. */
    private static String newMember(String line) {
        String[] cell = line.split(",", -1);
        return "{\"number\":" + Json.quote(cell[0])
                + ",\"name\":" + Json.quote(cell[1])
                + ",\"kind\":" + Json.quote(cell[2])
                + ",\"memberSince\":" + Json.quote(cell[3])
                + ",\"locations\":[{\"address\":" + Json.quote(cell[4])
                + ",\"city\":" + Json.quote(cell[5])
                + ",\"state\":" + Json.quote(cell[6])
                + ",\"zip\":" + Json.quote(cell[7]) + "}]}";
    }
}
