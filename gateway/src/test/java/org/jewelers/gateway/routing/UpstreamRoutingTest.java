package org.jewelers.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EchoUpstreams.class)
class UpstreamRoutingTest {

    @Test
    void theServiceLearnsWhoCalledAndASpoofedForwardedForIsIgnored() {
        // Test requests come from 127.0.0.1, which is not a trusted proxy in the test profile.
        given().header("X-Forwarded-For", "203.0.113.9").header("Forwarded", "for=203.0.113.9")
                .get("/api/v1/members")
                .then().statusCode(200)
                .body("forwardedFor", equalTo("127.0.0.1"))
                .body("forwardedProto", equalTo("http"))
                .body("forwardedHost", startsWith("localhost"));
    }

    @Test
    void aFrozenServiceIsAnsweredWith504WithinItsTimeout() {
        given().get("/api/v1/jobs?page=0").then()
                .time(lessThan(EchoUpstreams.FROZEN_TIMEOUT_MILLIS + 2_000))
                .statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/upstream-timeout"))
                .body("detail", containsString("careers"))
                .body("instance", equalTo("/api/v1/jobs"));
    }

    @Test
    void aRequestReachesItsServiceAsItWasSent() {
        given().header("X-Test", "kept").header(EchoUpstreams.STATUS_HEADER, "418")
                .contentType("text/plain").body("a body")
                .post("/api/v1/members/42/standing?reason=late&notify=true")
                .then().statusCode(418)
                .header("X-Upstream", "echo")
                .contentType("application/json")
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/v1/members/42/standing?reason=late&notify=true"))
                .body("body", equalTo("a body"))
                .body("header", equalTo("kept"));
    }

    @Test
    void aTenMebibyteMultipartUploadPassesThroughWhole() {
        byte[] photo = new byte[10 * 1024 * 1024];
        new java.util.Random(7).nextBytes(photo);
        int received = given().multiPart("file", "ring.jpg", photo, "image/jpeg").multiPart("kind", "photo")
                .post("/api/v1/roster-imports")
                .then().statusCode(200)
                .body("contentType", containsString("multipart/form-data"))
                .extract().path("bytes");
        org.junit.jupiter.api.Assertions.assertTrue(received > photo.length, "the whole form arrived: " + received);
    }

    @Test
    void aBodyOverTheLargeUploadLimitIsRefusedAtTheEdge() {
        // A string, not a byte array: rest-assured's request log (printed if the test fails) writes a byte array out
        // number by number, hundreds of MB for this one, which left the test JVM's heap at its edge.
        given().contentType("text/csv").body("x".repeat(21 * 1024 * 1024))
                .post("/api/v1/roster-imports")
                .then().statusCode(413).contentType("application/problem+json");
        given().contentType("application/json").body(new byte[2 * 1024 * 1024])
                .post("/api/v1/members")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void theServiceSeesTheHostTheClientUsedSoItsLinksPointAtTheGateway() {
        given().header("Host", "api.jewelers.example").get("/api/v1/members")
                .then().statusCode(200).body("host", equalTo("api.jewelers.example"));
    }

    @Test
    void theBarePrefixIsRoutedToo() {
        given().get("/api/v1/roster-imports").then().statusCode(200)
                .body("method", equalTo("GET")).body("uri", equalTo("/api/v1/roster-imports"));
    }

    @Test
    void aPathThatOnlyStartsLikeAPrefixIsNotRouted() {
        given().get("/api/v1/membership").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anUnreachableServiceAnswersAProblemAtOnce() {
        given().get("/api/v1/editions/2026?lang=en").then()
                .time(lessThan(5_000L))
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://jewelers.example/problems/unavailable"))
                .body("title", equalTo("Service unavailable"))
                .body("status", equalTo(503))
                .body("detail", containsString("competition"))
                .body("instance", equalTo("/api/v1/editions/2026"));
    }

    @Test
    void checkoutsAndPaymentsGoToTheCompetitionService() {
        for (String path : new String[] {"/api/v1/checkouts", "/api/v1/payments/stripe/webhook"}) {
            given().contentType("application/json").body("{}").post(path).then()
                    .statusCode(503).body("detail", containsString("competition"));
        }
    }

    @Test
    void aSignedBodyReachesTheServiceByteForByte() {
        // A webhook's signature is over the exact bytes: spacing, key order and non-ASCII text must arrive untouched.
        String body = "{ \"id\" :\"evt_1\",\n  \"data\":{\"name\":\"Bague \u00e9meraude\"}\t}";
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().contentType("application/json").header("Stripe-Signature", "t=1,v1=ab").body(bytes)
                .post("/api/v1/members/webhook-like")
                .then().statusCode(200)
                .body("body", equalTo(body))
                .body("bytes", equalTo(bytes.length))
                .body("contentType", equalTo("application/json"));
    }
}
