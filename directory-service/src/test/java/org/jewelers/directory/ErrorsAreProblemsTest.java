package org.jewelers.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Every kind of error answers RFC 9457 problem+json with a stable type. */
@QuarkusTest
class ErrorsAreProblemsTest {

    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource
    URL base;

    @Test
    void unknownRoute() {
        given().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://jewelers.example/problems/not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void wrongMethod() {
        given().auth().oauth2(Tokens.staff()).delete("/api/v1/members")
                .then().statusCode(405).contentType(PROBLEM)
                .body("type", equalTo("https://jewelers.example/problems/method-not-allowed"));
    }

    @Test
    void malformedJson() {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"name\": ")
                .post("/api/v1/members")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://jewelers.example/problems/malformed-json"));
    }

    @Test
    void validationNamesEachOffendingField() {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("""
                        {"number": "ja 1", "name": "", "kind": "retailer",
                         "locations": [{"address": "1 Main St", "city": "Springfield", "state": "Illinois", "zip": "627"}]}
                        """)
                .post("/api/v1/members")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://jewelers.example/problems/validation"))
                .body("errors.field", containsInAnyOrder("number", "name", "locations[0].state", "locations[0].zip"));
    }

    @Test
    void unknownEnumValueIsAValidationError() {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("""
                        {"number": "JA-1", "name": "A", "kind": "pawnshop",
                         "locations": [{"address": "1 Main St", "city": "Springfield", "state": "IL", "zip": "62701"}]}
                        """)
                .post("/api/v1/members")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://jewelers.example/problems/validation"))
                .body("errors.field", containsInAnyOrder("kind"));
    }

    @Test
    void malformedIdIsABadRequestNotAMissingOne() {
        given().get("/api/v1/members/not-a-uuid")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://jewelers.example/problems/malformed-id"));
    }

    @Test
    void missingMember() {
        given().get("/api/v1/members/6f1c1c2e-8d7e-4d7a-9a40-5d2d1f0b9c11")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://jewelers.example/problems/not-found"));
    }

    @Test
    void duplicateMemberNumberIsAConflict() {
        String body = """
                {"number": "JA-CONFLICT", "name": "Twice Jewelers", "kind": "retailer",
                 "locations": [{"address": "1 Main St", "city": "Springfield", "state": "IL", "zip": "62701"}]}
                """;
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body).post("/api/v1/members")
                .then().statusCode(201);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body).post("/api/v1/members")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://jewelers.example/problems/conflict"));
    }

    /** No length declared (chunked): the limit holds as the body streams in, before anything parses it. */
    @Test
    void aChunkedBodyOverTheLimitIsRefusedWithAProblem() throws Exception {
        byte[] huge = new byte[15_000_000];
        System.arraycopy("{\"description\": \"".getBytes(StandardCharsets.UTF_8), 0, huge, 0, 16);
        HttpResponse<String> answer = chunked("PATCH",
                "/api/v1/members/6f1c1c2e-8d7e-4d7a-9a40-5d2d1f0b9c11/listing", huge);
        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals(PROBLEM, answer.headers().firstValue("Content-Type").orElse(null));
        assertTrue(answer.body().contains("https://jewelers.example/problems/body-too-large"), answer.body());
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() throws Exception {
        String body = """
                {"number": "JA-CHUNKED", "name": "Streamed Jewelers", "kind": "retailer",
                 "locations": [{"address": "1 Main St", "city": "Springfield", "state": "IL", "zip": "62701"}]}
                """;
        HttpResponse<String> answer = chunked("POST", "/api/v1/members", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, answer.statusCode(), answer.body());
    }

    /** java.net.http sends a body of unknown length chunked, which rest-assured would buffer and declare. */
    private HttpResponse<String> chunked(String method, String path, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + Tokens.staff()).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void bodyTooLarge() {
        String huge = "{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(huge).post("/api/v1/members")
                .then().statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("https://jewelers.example/problems/body-too-large"));
    }

    @Test
    void missingToken() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/members")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://jewelers.example/problems/unauthorized"));
    }

    @Test
    void expiredOrForgedToken() {
        given().auth().oauth2(Tokens.expired("staff-1", Set.of("staff"))).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/members")
                .then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2("not.a.token").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/members")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void tokenForAnotherAudienceOrNone() {
        for (String audience : new String[] {"https://elsewhere.jewelers.example/api", null}) {
            given().auth().oauth2(Tokens.staffFor(audience)).contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/members")
                    .then().statusCode(401).contentType(PROBLEM)
                    .body("type", equalTo("https://jewelers.example/problems/unauthorized"));
        }
    }

    @Test
    void wrongRole() {
        given().auth().oauth2(Tokens.judge("judge-1")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/members")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://jewelers.example/problems/forbidden"));
    }
}
