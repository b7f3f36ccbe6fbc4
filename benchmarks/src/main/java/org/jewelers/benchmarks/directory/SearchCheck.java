package org.jewelers.benchmarks.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jewelers.geo.Distance;
import org.jewelers.geo.ZipPlaces;

/**
 * Asks the running service a few searches and compares its answers with counts over the generated firms in plain
 * Java: proof that the bulk load holds what the service reads, by the service's own rules. Any difference stops
 * the benchmark.
 */
final class SearchCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI service;
    private final HttpClient http = HttpClient.newHttpClient();

    SearchCheck(URI service) {
        this.service = service;
    }

    /** The service's taxonomy of services and credentials, as the database stores them (REPAIR for repair). */
    List<List<String>> taxonomy() throws IOException, InterruptedException {
        JsonNode taxonomy = get("/api/v1/services");
        return List.of(databaseNames(taxonomy.get("services")), databaseNames(taxonomy.get("credentials")));
    }

    /** One line per check, for the report. */
    List<String> verify(GeneratedDirectory directory, ZipPlaces zips, List<String> checkZips, String service,
                        String textFirmName) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        String serviceName = service.toUpperCase(Locale.ROOT).replace('-', '_');
        double radius = Distance.MILES.toMeters(DirectoryBenchmark.RADIUS_MILES);
        for (String zip : checkZips) {
            long expected = directory.countAround(zips.find(zip).orElseThrow().point(), radius, serviceName);
            JsonNode answer = get(DirectoryBenchmark.zipSearch(zip));
            long total = answer.get("total").asLong();
            long facet = answer.path("facets").path("services").path(service).asLong(0);
            if (total != expected || facet != expected) {
                throw new IllegalStateException("ZIP " + zip + ", " + DirectoryBenchmark.RADIUS_MILES + " mi, " + service
                        + ": the service counts " + total + " (facet " + facet + "), the generated data " + expected);
            }
            lines.add("ZIP " + zip + " within " + (int) DirectoryBenchmark.RADIUS_MILES + " mi offering " + service
                    + ": service total " + total + ", facet " + facet + ", plain-Java count " + expected + ": equal");
        }
        String q = textFirmName.toLowerCase(Locale.ROOT);
        long sameName = directory.firms().stream().filter(GeneratedDirectory.Firm::isListed)
                .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(q)).count();
        JsonNode answer = get("/api/v1/members?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        String first = answer.path("items").path(0).path("member").path("name").asText("");
        long total = answer.get("total").asLong();
        if (sameName == 0 || !first.equalsIgnoreCase(q) || total < sameName) {
            throw new IllegalStateException("text search for '" + q + "': first hit '" + first + "', total " + total
                    + ", listed firms of exactly that name " + sameName);
        }
        lines.add("text '" + q + "': first hit has exactly that name; total " + total + " ≥ " + sameName
                + " listed firms of that exact name (the rest are similar names)");
        return lines;
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static List<String> databaseNames(JsonNode terms) {
        List<String> names = new ArrayList<>();
        terms.forEach(term -> names.add(term.get("code").asText().toUpperCase(Locale.ROOT).replace('-', '_')));
        return names;
    }
}
