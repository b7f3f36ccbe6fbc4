package org.jewelers.directory;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jewelers.testing.MailServer;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.jewelers.webhooks.WebhookHeaders;
import org.jewelers.webhooks.WebhookSecret;
import org.jewelers.webhooks.WebhookVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deliveries to a receiver this test serves on localhost (which the test profile names as a local host the guard
 * lets through), down and up under the test clock.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    TestClock clock;

    private HttpServer server;
    private volatile boolean up;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    record Received(String id, String timestamp, String signature, byte[] body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (up) {
                received.add(new Received(exchange.getRequestHeaders().getFirst(WebhookHeaders.ID),
                        exchange.getRequestHeaders().getFirst(WebhookHeaders.TIMESTAMP),
                        exchange.getRequestHeaders().getFirst(WebhookHeaders.SIGNATURE), body));
            }
            exchange.sendResponseHeaders(up ? 204 : 503, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        clock.reset();
    }

    private String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hook";
    }

    @Test
    void aReceiverDownForTenMinutesThenGetsEveryChangeOnceInOrderPerMemberSignedAsTheSpecSays() throws Exception {
        // Whole milliseconds: the database keeps microseconds and rounds, so a finer fixed time could come back later.
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        clock.fix(start);
        UUID partnerId = UUID.randomUUID();
        String before = ChangeFeedTest.latestCursor();
        JsonPath created = given().auth().oauth2(WebhooksTest.partner(partnerId)).contentType(ContentType.JSON)
                .body(Map.of("url", url())).post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
        String webhook = created.getString("webhook.id");
        WebhookSecret secret = WebhookSecret.parse(created.getString("secret"));

        String a = Firms.named("Delivery A Jewelers").at("1 Hook St", "Missoula", "MT", "59801").create();
        String b = Firms.named("Delivery B Jewelers").at("2 Hook St", "Missoula", "MT", "59801").create();
        for (String firm : List.of(a, b, a)) {
            given().auth().oauth2(Tokens.member("owner", firm)).contentType(ContentType.JSON)
                    .body(Map.of("description", "Changed at " + UUID.randomUUID()))
                    .patch("/api/v1/members/" + firm + "/listing").then().statusCode(200);
        }
        given().auth().oauth2(Tokens.member("owner", b)).contentType(ContentType.JSON).body(Map.of("optedOut", true))
                .patch("/api/v1/members/" + b + "/listing").then().statusCode(200);

        // Down for ten minutes of the test clock: each retry fails, further apart each time.
        int failures = 0;
        for (int minute = 0; minute <= 10; minute += 2) {
            clock.fix(start.plus(Duration.ofMinutes(minute)));
            int seen = failures;
            await().atMost(PATIENCE).until(() -> WebhooksTest.failures(partnerId, webhook) > seen
                    || Instant.parse(nextAttempt(partnerId, webhook)).isAfter(clock.instant()));
            failures = WebhooksTest.failures(partnerId, webhook);
        }
        assertTrue(failures >= 3, "retried while down: " + failures);
        assertEquals(0, received.size());
        given().auth().oauth2(WebhooksTest.partner(partnerId)).get("/api/v1/webhooks/" + webhook + "/deliveries").then()
                .body("items[0].status", equalTo(503)).body("items[0].succeeded", equalTo(false));

        up = true;
        clock.fix(Instant.parse(nextAttempt(partnerId, webhook)));
        JsonNode feed = JSON.readTree(given().auth().oauth2(Tokens.staff()).queryParam("after", before)
                .queryParam("limit", 500).get("/api/v1/members/changes").then().extract().asString()).path("items");
        List<String> expected = new java.util.ArrayList<>();
        feed.forEach(change -> expected.add(change.path("id").asText()));
        assertEquals(6, expected.size(), "two listed, three updated, one unlisted, and nothing else: " + feed);
        await().atMost(PATIENCE).until(() -> received.size() >= expected.size());

        assertEquals(expected, received.stream().map(Received::id).toList(), "every change once, in feed order");
        WebhookVerifier verifier = new WebhookVerifier(secret, clock);
        for (int i = 0; i < received.size(); i++) {
            Received delivery = received.get(i);
            verifier.verify(Map.of(WebhookHeaders.ID, delivery.id(), WebhookHeaders.TIMESTAMP, delivery.timestamp(),
                    WebhookHeaders.SIGNATURE, delivery.signature()), delivery.body());
            assertTrue(delivery.signature().startsWith("v1,"));
            assertEquals(feed.get(i).path("type").asText(), delivery.json().path("type").asText());
            assertEquals(feed.get(i).path("data"), delivery.json().path("data"), "the payload is the feed's data");
        }
        given().auth().oauth2(WebhooksTest.partner(partnerId)).get("/api/v1/webhooks/" + webhook).then()
                .body("failures", equalTo(0)).body("deliveredThrough", equalTo(feed.get(feed.size() - 1).path("cursor").asText()));

        // Redelivery on request: the same sequence, with the same ids.
        received.clear();
        given().auth().oauth2(WebhooksTest.partner(partnerId)).contentType(ContentType.JSON).body(Map.of("after", before))
                .post("/api/v1/webhooks/" + webhook + "/replay").then().statusCode(200);
        await().atMost(PATIENCE).until(() -> received.size() >= expected.size());
        assertEquals(expected, received.stream().map(Received::id).toList());
        given().auth().oauth2(WebhooksTest.partner(partnerId)).delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
    }

    @Test
    void anEndpointFailingForThreeDaysIsDisabledAndAReplayResumesIt() {
        // Whole milliseconds: the database keeps microseconds and rounds, so a finer fixed time could come back later.
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        clock.fix(start);
        UUID partnerId = UUID.randomUUID();
        String notify = "webmaster-" + partnerId + "@partner.example";
        String webhook = given().auth().oauth2(WebhooksTest.partner(partnerId)).contentType(ContentType.JSON)
                .body(Map.of("url", url(), "notifyEmail", notify)).post("/api/v1/webhooks").then().statusCode(201)
                .body("webhook.notifyEmail", equalTo(notify)).extract().path("webhook.id");
        Firms.named("Failing Receiver Jewelers").at("3 Hook St", "Missoula", "MT", "59801").create();
        await().atMost(PATIENCE).until(() -> WebhooksTest.failures(partnerId, webhook) >= 1);
        clock.fix(start.plus(Duration.ofDays(3).plusMinutes(1)));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(WebhooksTest.partner(partnerId))
                .get("/api/v1/webhooks/" + webhook).then()
                .body("enabled", equalTo(false))
                .body("disabledReason", startsWith("Deliveries failed for 3 days")));
        await().atMost(PATIENCE).until(() -> MailServer.get().to(notify).size() == 1);
        MailServer.ReceivedMail mail = MailServer.get().to(notify).get(0);
        assertEquals("Your directory webhook was disabled", mail.subject());
        assertTrue(mail.text().contains(webhook), mail.text());

        up = true;
        given().auth().oauth2(WebhooksTest.partner(partnerId)).contentType(ContentType.JSON).body(Map.of("enabled", true))
                .patch("/api/v1/webhooks/" + webhook).then().statusCode(200).body("enabled", equalTo(true));
        await().atMost(PATIENCE).until(() -> received.size() >= 1);
        given().auth().oauth2(WebhooksTest.partner(partnerId)).delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
    }

    @Test
    void theDeliveryLogKeepsTheNewestAttemptsOnly() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        clock.fix(start);
        UUID partnerId = UUID.randomUUID();
        String webhook = WebhooksTest.subscribe(partnerId, url());
        Firms.named("Long Down Receiver Jewelers").at("4 Hook St", "Missoula", "MT", "59801").create();
        // The test profile keeps 10 attempts an endpoint; production keeps 1,000.
        for (int attempt = 1; attempt <= 12; attempt++) {
            int expected = attempt;
            await().atMost(PATIENCE).until(() -> WebhooksTest.failures(partnerId, webhook) >= expected);
            clock.fix(Instant.parse(nextAttempt(partnerId, webhook)));
        }
        given().auth().oauth2(WebhooksTest.partner(partnerId)).queryParam("size", 100)
                .get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(200)
                .body("total", equalTo(10)).body("items.size()", equalTo(10));
        given().auth().oauth2(WebhooksTest.partner(partnerId)).delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
    }

    private static String nextAttempt(UUID partnerId, String webhook) {
        return given().auth().oauth2(WebhooksTest.partner(partnerId)).get("/api/v1/webhooks/" + webhook).then()
                .extract().path("nextAttemptAt");
    }
}
