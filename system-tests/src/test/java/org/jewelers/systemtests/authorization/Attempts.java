package org.jewelers.systemtests.authorization;

import static io.restassured.RestAssured.given;

import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Method;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import org.jewelers.systemtests.RunningSystem;

/** Sends the tables' requests through the gateway and keeps every answer that is not the one a cell expects. */
final class Attempts {

    private static final RestAssuredConfig NO_REDIRECTS = RestAssuredConfig.config()
            .redirect(RedirectConfig.redirectConfig().followRedirects(false));

    private final MatrixFixture fixture;
    private final List<String> unexpected = new ArrayList<>();
    private int sent;

    Attempts(MatrixFixture fixture) {
        this.fixture = fixture;
    }

    /**
     * Sends one request as the caller and checks its status against the cell: a code, or {@code 2xx}. Answers the
     * status, or -1 when the request did not get an answer.
     */
    int attempt(String caller, String operation, String request, String body, String expected, int line) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = fixture.resolve(request);
        RequestSpecification spec = given().spec(RunningSystem.gateway()).config(NO_REDIRECTS);
        fixture.callers().token(caller).ifPresent(token -> spec.auth().oauth2(token));
        sent++;
        int status;
        String outcome;
        try {
            status = Bodies.apply(body, spec, fixture).request(Method.valueOf(method), path).then().extract().statusCode();
            outcome = String.valueOf(status);
        } catch (RuntimeException e) {
            status = -1;
            outcome = "no answer (" + e + ")";
        }
        if (!matches(expected, status)) {
            unexpected.add(String.format("line %d: %s %s as %s answered %s, expected %s", line, method, request, caller,
                    outcome, expected));
        }
        return status;
    }

    int sent() {
        return sent;
    }

    List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    static boolean matches(String expected, int status) {
        if (expected.equals("2xx")) {
            return status >= 200 && status < 300;
        }
        if (!expected.matches("\\d{3}")) {
            throw new IllegalArgumentException("a cell is a status code or 2xx, not '" + expected + "'");
        }
        return Integer.parseInt(expected) == status;
    }
}
