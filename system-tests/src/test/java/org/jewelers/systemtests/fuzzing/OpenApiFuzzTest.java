package org.jewelers.systemtests.fuzzing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jewelers.systemtests.RunningSystem;
import org.jewelers.systemtests.ServedDocuments;
import org.jewelers.systemtests.authorization.MatrixFixture;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI-driven fuzzer (issue #10, bad input): valid, boundary and invalid requests to every operation of
 * every app's document, through the gateway, as a caller the operation lets through.
 *
 * <p>Oracles: no answer is a 5xx; every answer is one the document describes (status, content type, body
 * schema); every 4xx is {@code application/problem+json}. Coverage is measured against the routes the apps really
 * serve, read from their packaged classes ({@link ServedRoutes}), so that a route the document leaves out fails
 * the first test. Requests are drawn from a fixed seed ({@code -Dfuzz.seed}), a bounded number per operation
 * ({@code -Dfuzz.tries}), so that a run can be repeated; figures are printed, never asserted.
 */
class OpenApiFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261127L);
    private static final int TRIES = Integer.getInteger("fuzz.tries", 24);
    private static final Map<String, String> MODULES = Map.of("gateway", "gateway", "careers", "careers-service",
            "directory", "directory-service", "competition", "competition-service");
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .redirect(RedirectConfig.redirectConfig().followRedirects(false))
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
            .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 30_000));

    @Test
    void everyRouteTheAppsServeIsInTheirDocumentsAndNoneMore() {
        Path projectRoot = Path.of("..").toAbsolutePath().normalize();
        Set<String> undocumented = new TreeSet<>();
        Set<String> notServed = new TreeSet<>();
        int served = 0;
        for (String app : ServedDocuments.APPS) {
            Set<String> routes = ServedRoutes.of(projectRoot.resolve(MODULES.get(app)));
            Set<String> documented = new TreeSet<>(ServedDocuments.operations(app));
            served += routes.size();
            System.out.printf("routes served by %s: %d, operations in its document: %d%n", app, routes.size(),
                    documented.size());
            routes.stream().filter(route -> !documented.contains(route)).forEach(route -> undocumented.add(app + " " + route));
            documented.stream().filter(operation -> !routes.contains(operation)).forEach(op -> notServed.add(app + " " + op));
        }
        System.out.printf("routes served: %d; served but not documented: %d; documented but not served: %d%n",
                served, undocumented.size(), notServed.size());
        undocumented.forEach(route -> System.out.println("  UNDOCUMENTED " + route));
        notServed.forEach(operation -> System.out.println("  NOT SERVED " + operation));
        assertTrue(undocumented.isEmpty() && notServed.isEmpty(), "the documents are out of step with the routes "
                + "served.\n  served but not documented: " + undocumented + "\n  documented but not served: " + notServed);
    }

    @Test
    void noRequestGetsAServerErrorOrAnAnswerOffTheDocument() {
        AuthorizedCallers callers = new AuthorizedCallers(MatrixFixture.get());
        DocumentedAnswers answers = new DocumentedAnswers();
        Findings findings = new Findings();
        List<String> unfuzzed = new ArrayList<>();
        long started = System.nanoTime();
        for (Operation operation : operations()) {
            var authorized = callers.of(operation);
            if (authorized.isEmpty()) {
                unfuzzed.add(operation.app() + " " + operation.name());
                continue;
            }
            Random random = new Random(SEED ^ (operation.app() + " " + operation.name()).hashCode());
            for (FuzzedRequest request : new FuzzedRequests(operation, authorized.get().realPath(), random).make(TRIES)) {
                send(operation, request, authorized.get(), answers, findings);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        int documented = operations().size();
        System.out.printf("fuzzing: seed %d, %d tries per operation, %.1f s%n", SEED, TRIES, seconds);
        System.out.printf("routes fuzzed: %d of %d documented operations%n", findings.fuzzed().size(), documented);
        System.out.printf("requests sent: %d; answers by status: %s%n", findings.sent(), findings.statuses());
        System.out.printf("5xx: %d%n", findings.count(Findings.SERVER_ERROR));
        System.out.printf("answers off the document: %d%n", findings.count(Findings.OFF_DOCUMENT));
        System.out.printf("4xx without problem+json: %d%n", findings.count(Findings.NOT_PROBLEM_JSON));
        System.out.printf("requests without an answer: %d%n", findings.count(Findings.NO_ANSWER));
        unfuzzed.forEach(operation -> System.out.println("  NOT FUZZED (no caller in the matrix) " + operation));
        String details = findings.details();
        System.out.print(details);

        assertTrue(unfuzzed.isEmpty(), "operations without a caller the authorization matrix lets through: " + unfuzzed);
        assertTrue(details.isEmpty(), "the fuzzer found " + findings.count(Findings.SERVER_ERROR) + " 5xx, "
                + findings.count(Findings.OFF_DOCUMENT) + " answers off the document, "
                + findings.count(Findings.NOT_PROBLEM_JSON) + " 4xx without problem+json and "
                + findings.count(Findings.NO_ANSWER) + " requests without an answer:\n" + details);
    }

    /**
     * Every documented operation, reads first and deletions last: a request that changes something never names
     * a fixture object, but the order keeps the reads' view of the fixture the same whatever the rest find.
     */
    private static List<Operation> operations() {
        List<String> order = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
        return ServedDocuments.APPS.stream()
                .flatMap(app -> Operation.of(app, ServedDocuments.of(app)).stream())
                .sorted(Comparator.comparing((Operation operation) -> order.indexOf(operation.method())))
                .collect(Collectors.toList());
    }

    private static void send(Operation operation, FuzzedRequest request, AuthorizedCallers.Authorized caller,
                             DocumentedAnswers answers, Findings findings) {
        RequestSpecification spec = given().spec(RunningSystem.gateway()).config(RAW).urlEncodingEnabled(false);
        caller.token().ifPresent(token -> spec.auth().oauth2(token));
        request.headers().forEach(spec::header);
        if (request.body() != null) {
            spec.contentType(request.contentType()).body(request.body());
        }
        for (FuzzedRequest.Part part : request.parts()) {
            MultiPartSpecBuilder builder = new MultiPartSpecBuilder(part.content()).controlName(part.name())
                    .mimeType(part.mimeType());
            spec.multiPart((part.fileName() == null ? builder : builder.fileName(part.fileName())).build());
        }
        Response response;
        try {
            response = spec.request(Method.valueOf(request.method()), request.target());
        } catch (Exception e) {
            findings.unanswered();
            findings.found(Findings.NO_ANSWER, operation, e.toString(), request);
            return;
        }
        int status = response.statusCode();
        String contentType = response.contentType() == null ? "" : response.contentType();
        String body = response.asString();
        findings.answered(operation, status);
        boolean text = contentType.contains("json") || contentType.startsWith("text/");
        String answer = status + " " + contentType + " "
                + (text ? shorten(body) : "(" + response.asByteArray().length + " bytes)");
        if (status >= 500) {
            findings.found(Findings.SERVER_ERROR, operation, answer, request);
        }
        if (status >= 400 && status < 500 && !contentType.startsWith("application/problem+json")) {
            findings.found(Findings.NOT_PROBLEM_JSON, operation, answer, request);
        }
        answers.offDocument(operation, status, contentType, body)
                .ifPresent(off -> findings.found(Findings.OFF_DOCUMENT, operation, off + "; answered " + answer, request));
    }

    private static String shorten(String body) {
        String oneLine = body.replace("\n", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
    }
}
