package org.jewelers.benchmarks.rush;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The calls an entrant and staff make, through the gateway, as any HTTP client would make them. */
final class CompetitionApi {

    static final String CATEGORY = "retailer-up-to-2000";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An answer other than the expected one: the benchmark counts it as an error. */
    static final class Refused extends RuntimeException {
        Refused(String step, int status, String body) {
            super(step + " answered " + status + ": " + body.substring(0, Math.min(300, body.length())));
        }
    }

    private final URI gateway;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    CompetitionApi(URI gateway) {
        this.gateway = gateway;
    }

    /** An edition open from yesterday for thirty days, with one category every firm may enter once. */
    String openEdition(String staff, int year, String title) {
        return post("create edition", staff, "/api/v1/editions", Map.of("program", "case-awards", "year", year,
                "title", title, "timeZone", "America/New_York",
                "opens", java.time.LocalDate.now().minusDays(1) + "T00:00",
                "closes", java.time.LocalDate.now().plusDays(30) + "T23:59",
                "categories", List.of(Map.of("code", CATEGORY, "name", "Retailer, up to $2,000",
                        "division", "retailer", "minValueCents", 0, "maxValueCents", 200_000))), 201)
                .path("id").asText();
    }

    /** Member ids of firms the public directory lists (so in good standing), in name order. */
    List<String> listedFirms(int count) {
        Set<String> ids = new LinkedHashSet<>();
        for (int page = 0; ids.size() < count; page++) {
            JsonNode answer = send("list firms", HttpRequest.newBuilder(
                    gateway.resolve("/api/v1/members?sort=name&size=100&page=" + page)).GET(), 200);
            if (answer.path("items").isEmpty()) {
                throw new IllegalStateException("the directory lists only " + ids.size() + " firms; need " + count);
            }
            answer.path("items").forEach(item -> ids.add(item.path("member").path("id").asText()));
        }
        return new ArrayList<>(ids).subList(0, count);
    }

    String draft(String entrant, String edition, String title) {
        return post("create draft", entrant, "/api/v1/entries", Map.of("editionId", edition, "category", CATEGORY,
                "title", title, "description", "A piece entered in the deadline rush benchmark.",
                "materialsAndTechniques", "18k gold, hand fabricated", "retailValueCents", 150_000,
                "noMakersMarkVisible", true), 201).path("id").asText();
    }

    /**
     * A photo's multipart body, built once and sent by every entrant: two hundred callers each holding their own
     * copy of a 2 MB body would measure the load generator's heap rather than the service.
     */
    record PhotoForm(String boundary, byte[] body) {

        static PhotoForm of(String fileName, byte[] photo) {
            String boundary = "rush-" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream(photo.length + 512);
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nphoto\r\n");
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: image/jpeg\r\n\r\n");
            body.writeBytes(photo);
            write(body, "\r\n--" + boundary + "--\r\n");
            return new PhotoForm(boundary, body.toByteArray());
        }
    }

    void upload(String entrant, String entry, PhotoForm photo) {
        send("upload photo", HttpRequest.newBuilder(gateway.resolve("/api/v1/entries/" + entry + "/images"))
                .header("Authorization", "Bearer " + entrant)
                .header("Content-Type", "multipart/form-data; boundary=" + photo.boundary())
                .POST(BodyPublishers.ofByteArray(photo.body())), 201);
    }

    JsonNode submit(String entrant, String entry) {
        return send("submit", HttpRequest.newBuilder(gateway.resolve("/api/v1/entries/" + entry + "/submit"))
                .header("Authorization", "Bearer " + entrant).header("Idempotency-Key", "rush-" + entry)
                .header("Content-Type", "application/json").POST(BodyPublishers.noBody()), 200);
    }

    /** How many of the edition's entries staff see as submitted. */
    long submittedCount(String staff, String edition) {
        return send("count submitted", HttpRequest.newBuilder(
                gateway.resolve("/api/v1/review/entries?status=submitted&size=1&edition=" + edition))
                .header("Authorization", "Bearer " + staff).GET(), 200).path("total").asLong();
    }

    private JsonNode post(String step, String token, String path, Object body, int expected) {
        try {
            return send(step, HttpRequest.newBuilder(gateway.resolve(path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))), expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode send(String step, HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(), BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new Refused(step, response.statusCode(), response.body());
            }
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(step + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(step + " interrupted", e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
