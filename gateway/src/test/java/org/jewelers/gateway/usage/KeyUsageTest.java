package org.jewelers.gateway.usage;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jewelers.gateway.routing.EchoUpstreams;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A key's usage, read back through {@code GET /api/v1/api-keys/{id}/usage}, equals what the gateway let through and
 * refused for it: a known mix of searches (in two states, with and without a result, with a ZIP no one has and with
 * none), other answers, 4xx from the service and 429s from the key's limit. Only its partner and staff read it.
 */
@QuarkusTest
class KeyUsageTest {

    private static final String PROBLEM = "application/problem+json";
    /** A day of its own: no other test's requests fall on it. */
    private static final Instant NOON = Instant.parse("2031-05-14T12:00:00Z");
    private static final String DAY = "2031-05-14";
    private static final int PER_MINUTE = 12;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theUsageEqualsWhatTheGatewayLetThroughAndRefused() {
        clock.fix(NOON);
        String partnerA = partner("Ohio Jewelers Association");
        String partnerB = partner("Bridal Weekly");
        JsonPath created = serverKey(partnerA);
        String keyId = created.getString("key.id");
        String secret = created.getString("secret");

        search(secret, "43215", "3", 200, 4);             // Columbus, OH: found firms
        search(secret, "40202", "0", 200, 2);             // Louisville, KY: none found
        search(secret, "9999x", "5", 200, 1);             // a ZIP no one has: a search, in no state
        given().header("X-Api-Key", secret).header(EchoUpstreams.TOTAL_HEADER, "0")
                .queryParam("q", "pearl").get("/api/v1/members").then().statusCode(200);   // no ZIP, none found
        for (int i = 0; i < 2; i++) {
            given().header("X-Api-Key", secret).header(EchoUpstreams.STATUS_HEADER, "404")
                    .get("/api/v1/members/00000000-0000-0000-0000-000000000001").then().statusCode(404);
        }
        given().header("X-Api-Key", secret).header(EchoUpstreams.STATUS_HEADER, "400")
                .queryParam("zip", "43215").get("/api/v1/members").then().statusCode(400); // refused: no search
        search(secret, "43215", "2", 200, 1);             // the 12th request: the minute's last
        search(secret, "43215", "2", 429, 3);             // over the key's limit: 429s, no searches
        // Neither an anonymous request nor an unknown key is anyone's usage.
        given().queryParam("zip", "43215").get("/api/v1/members").then().statusCode(200);
        given().header("X-Api-Key", "jk_unknown").get("/api/v1/members").then().statusCode(401);

        String adminA = Tokens.partner("ohio-admin", partnerA);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> usage(adminA, keyId, DAY, DAY)
                .body("days[0].requests", equalTo(15)));
        usage(adminA, keyId, DAY, DAY)
                .body("keyId", equalTo(keyId)).body("from", equalTo(DAY)).body("to", equalTo(DAY))
                .body("days.size()", equalTo(1))
                .body("days[0].day", equalTo(DAY))
                .body("days[0].byStatusClass", equalTo(Map.of("2xx", 9, "3xx", 0, "4xx", 6, "5xx", 0)))
                .body("days[0].rateLimited", equalTo(3))
                .body("days[0].searches", equalTo(9))
                .body("days[0].searchesWithoutResult", equalTo(3))
                .body("days[0].searchesByState", equalTo(Map.of("OH", 5, "KY", 2)))
                .body("days[0].searchesByZipPrefix", equalTo(Map.of("432", 5, "402", 2)))
                .body("days[0].latencyP95Millis", notNullValue());

        // The next minute's requests add to the stored day (a second flush, merged), latency buckets included.
        clock.fix(NOON.plusSeconds(60));
        search(secret, "43215", "1", 200, 2);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> usage(adminA, keyId, DAY, DAY)
                .body("days[0].requests", equalTo(17)));
        usage(Tokens.staff(), keyId, "2031-05-13", DAY)
                .body("days.day", equalTo(List.of("2031-05-13", DAY)))
                .body("days[0].requests", equalTo(0)).body("days[0].latencyP95Millis", nullValue())
                .body("days[0].searchesByState", equalTo(Map.of()))
                .body("days[1].byStatusClass.2xx", equalTo(11))
                .body("days[1].searches", equalTo(11))
                .body("days[1].searchesByState", equalTo(Map.of("OH", 7, "KY", 2)));

        // Partner B never reads A's key's usage: 404, as for a key that does not exist.
        usageRequest(Tokens.partner("bridal-admin", partnerB), keyId, DAY, DAY).then().statusCode(404)
                .contentType(PROBLEM);
        usageRequest(adminA, "00000000-0000-0000-0000-00000000abcd", DAY, DAY).then().statusCode(404);
        given().get("/api/v1/api-keys/" + keyId + "/usage").then().statusCode(401);
        given().auth().oauth2(Tokens.judge("judge-1")).get("/api/v1/api-keys/" + keyId + "/usage").then()
                .statusCode(403);
    }

    @Test
    void theRangeIsBoundedAndItsDaysAreChecked() {
        String partner = partner("Range partner");
        String keyId = serverKey(partner).getString("key.id");
        String admin = Tokens.partner("range-admin", partner);
        refused(admin, keyId, "2026-12-02", "2026-12-01", "from");
        refused(admin, keyId, "2025-12-01", "2026-12-02", "from");      // 367 days
        refused(admin, keyId, "2026-13-01", "2026-12-02", "from");
        refused(admin, keyId, "2026-12-01", "yesterday", "to");
        refused(admin, keyId, "2999-12-31", "+999999999-12-31", "to");
        refused(admin, keyId, "1999-12-31", "2000-01-01", "from");
        // 366 days, a leap year's, are one range; without dates, the last 30 days.
        usage(admin, keyId, "2028-01-01", "2028-12-31").body("days.size()", equalTo(366));
        clock.fix(NOON);
        usage(admin, keyId, null, null).body("to", equalTo(DAY)).body("from", equalTo("2031-04-15"))
                .body("days.size()", equalTo(30));
    }

    private static void refused(String token, String keyId, String from, String to, String field) {
        usageRequest(token, keyId, from, to).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem(field));
    }

    private static void search(String secret, String zip, String total, int status, int times) {
        for (int i = 0; i < times; i++) {
            given().header("X-Api-Key", secret).header(EchoUpstreams.TOTAL_HEADER, total)
                    .queryParam("zip", zip).queryParam("radius", 25).get("/api/v1/members").then().statusCode(status);
        }
    }

    private static ValidatableResponse usage(String token, String keyId, String from, String to) {
        return usageRequest(token, keyId, from, to).then().statusCode(200).contentType(ContentType.JSON);
    }

    private static Response usageRequest(String token, String keyId, String from, String to) {
        var request = given().auth().oauth2(token);
        if (from != null) {
            request.queryParam("from", from);
        }
        if (to != null) {
            request.queryParam("to", to);
        }
        return request.get("/api/v1/api-keys/" + keyId + "/usage");
    }

    private static String partner(String name) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "contactEmail", "admin@partner.example")).post("/api/v1/partners").then()
                .statusCode(201).extract().path("id");
    }

    private static JsonPath serverKey(String partner) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", "Usage key", "partnerId", partner, "type", "server",
                        "requestsPerMinute", PER_MINUTE, "requestsPerDay", 1000))
                .post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath();
    }
}
