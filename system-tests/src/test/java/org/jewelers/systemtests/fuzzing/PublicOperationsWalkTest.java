package org.jewelers.systemtests.fuzzing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Method;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jewelers.systemtests.RunningSystem;
import org.jewelers.systemtests.SeededPrivateFacts;
import org.jewelers.systemtests.ServedDocuments;
import org.junit.jupiter.api.Test;

/**
 * Every public operation (no security requirement) of every app's document as the gateway serves it, called
 * anonymously after results were published, its path parameters filled from what earlier public answers named
 * ({@link PathValues}): none of the answers may show a seeded private fact (nominees' emails and dates of birth,
 * token subjects, nominators' names), and no image answered may carry metadata ({@link ImageMetadata}), though the
 * published images and photos were uploaded with EXIF, XMP and PNG text naming their owners. Operations are walked
 * by their number of path parameters, so that lists fill the ids of what they list.
 */
class PublicOperationsWalkTest {

    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .redirect(RedirectConfig.redirectConfig().followRedirects(false));

    @Test
    void noPublicAnswerShowsASeededPrivateFactOrImageMetadata() {
        PublishedEditions.Seeded seeded = PublishedEditions.seed();
        Set<String> facts = SeededPrivateFacts.all();
        PathValues values = new PathValues();
        List<String> findings = new ArrayList<>();
        Set<String> imagesAnswered = new TreeSet<>();
        long calls = 0;
        long bytes = 0;
        long started = System.nanoTime();
        List<Operation> operations = publicOperations();
        Map<String, Integer> callsPerOperation = new LinkedHashMap<>();
        for (Operation operation : operations) {
            List<String> targets = values.targets(operation);
            callsPerOperation.put(operation.app() + " " + operation.name(), targets.size());
            for (String target : targets) {
                Response response = given().spec(RunningSystem.gateway()).config(RAW).urlEncodingEnabled(false)
                        .request(Method.valueOf(operation.method()), target);
                calls++;
                byte[] body = response.asByteArray();
                bytes += body.length;
                String contentType = response.contentType() == null ? "" : response.contentType();
                String text = new String(body, StandardCharsets.UTF_8);
                String where = operation.app() + " " + operation.method() + " " + target + " (" + response.statusCode() + ")";
                facts.stream().filter(text::contains).forEach(fact -> findings.add(where + " shows " + fact));
                if (contentType.startsWith("image/") && response.statusCode() == 200) {
                    imagesAnswered.add(target);
                    ImageMetadata.in(body).forEach(block -> findings.add(where + " carries " + block));
                }
                if (contentType.contains("json")) {
                    values.harvest(operation, target, text);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("public walk: %d public operations of %d apps, %d calls, %d bytes checked, %d images "
                        + "answered, %d private facts looked for, %.1f s%n", operations.size(), ServedDocuments.APPS.size(),
                calls, bytes, imagesAnswered.size(), facts.size(), seconds);
        callsPerOperation.forEach((operation, count) -> System.out.println("  walked " + operation + ": " + count + " calls"));
        findings.forEach(finding -> System.out.println("  FOUND " + finding));

        assertTrue(findings.isEmpty(), "public answers show private facts or image metadata:\n" + String.join("\n", findings));
        assertTrue(imagesAnswered.containsAll(seeded.publicImages()), () -> "the walk did not reach every published "
                + "image: expected " + seeded.publicImages() + ", answered " + imagesAnswered);
    }

    /** Operations without a security requirement (their own, or the document's), fewest path parameters first. */
    private static List<Operation> publicOperations() {
        return ServedDocuments.APPS.stream()
                .flatMap(app -> Operation.of(app, ServedDocuments.of(app)).stream())
                .filter(PublicOperationsWalkTest::isPublic)
                .sorted(Comparator.comparing((Operation operation) -> operation.parameters("path").size())
                        .thenComparing(Operation::name))
                .toList();
    }

    private static boolean isPublic(Operation operation) {
        JsonNode security = operation.node().has("security") ? operation.node().path("security")
                : operation.document().path("security");
        if (security.isMissingNode() || security.isEmpty()) {
            return true;
        }
        for (JsonNode requirement : security) {
            if (requirement.isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
