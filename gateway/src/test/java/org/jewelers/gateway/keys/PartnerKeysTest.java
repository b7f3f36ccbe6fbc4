package org.jewelers.gateway.keys;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A partner's administrators manage their own partner's keys, within the ceilings staff set, and no other's. */
@QuarkusTest
class PartnerKeysTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String PAGE_A = "https://www.ohiojewelers.example";

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aPartnerSeesAndChangesOnlyItsOwnKeysAndNeverRaisesItsCeiling() {
        String a = partner("Ohio Jewelers Association");
        String b = partner("Bridal Weekly");
        String keyA = key(a, List.of(PAGE_A), 60, 120).getString("key.id");
        String keyB = key(b, List.of("https://bridalweekly.example"), 60, 60).getString("key.id");
        String adminA = Tokens.partner("ohio-admin", a);
        String adminB = Tokens.partner("bridal-admin", b);

        given().auth().oauth2(adminA).get("/api/v1/api-keys").then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", equalTo(List.of(keyA)));
        given().auth().oauth2(adminA).get("/api/v1/partners/" + a).then().statusCode(200)
                .body("name", equalTo("Ohio Jewelers Association"));
        // B's key and partner answer as if they did not exist, whatever A tries.
        given().auth().oauth2(adminA).get("/api/v1/partners/" + b).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(adminA).get("/api/v1/api-keys/" + keyB).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(adminA).contentType(ContentType.JSON).body(Map.of("allowedOrigins", List.of("*")))
                .patch("/api/v1/api-keys/" + keyB).then().statusCode(404);
        given().auth().oauth2(adminA).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/api-keys/" + keyB + "/rotate").then().statusCode(404);
        given().auth().oauth2(adminA).delete("/api/v1/api-keys/" + keyB).then().statusCode(404);
        given().auth().oauth2(adminA).queryParam("partnerId", b).get("/api/v1/api-keys").then().statusCode(200)
                .body("items.partnerId", everyItem(equalTo(a)));
        given().auth().oauth2(adminB).get("/api/v1/api-keys/" + keyB).then().statusCode(200)
                .body("allowedOrigins", equalTo(List.of("https://bridalweekly.example")));
        // Staff's own operations stay staff's.
        given().auth().oauth2(adminA).get("/api/v1/partners").then().statusCode(403);
        given().auth().oauth2(adminA).contentType(ContentType.JSON).body(newKey(a, List.of(PAGE_A), 1, 1))
                .post("/api/v1/api-keys").then().statusCode(403);

        // Origins change without a new secret; limits move under the ceiling, never above it.
        given().auth().oauth2(adminA).contentType(ContentType.JSON)
                .body(Map.of("allowedOrigins", List.of(PAGE_A, "https://shop.ohiojewelers.example"),
                        "requestsPerMinute", 100))
                .patch("/api/v1/api-keys/" + keyA).then().statusCode(200)
                .body("allowedOrigins", hasItem("https://shop.ohiojewelers.example"))
                .body("requestsPerMinute", equalTo(100)).body("maxRequestsPerMinute", equalTo(120));
        given().auth().oauth2(adminA).contentType(ContentType.JSON).body(Map.of("requestsPerMinute", 121))
                .patch("/api/v1/api-keys/" + keyA).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("requestsPerMinute"));
        given().auth().oauth2(adminA).contentType(ContentType.JSON).body(Map.of("maxRequestsPerMinute", 1000))
                .patch("/api/v1/api-keys/" + keyA).then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(adminA).contentType(ContentType.JSON).body(Map.of("allowedOrigins", List.of()))
                .patch("/api/v1/api-keys/" + keyA).then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(Tokens.staff()).get("/api/v1/api-keys/" + keyA).then().statusCode(200)
                .body("requestsPerMinute", equalTo(100)).body("allowedOrigins.size()", equalTo(2));
        // Staff raise the ceiling; the partner may then use it. A ceiling lowered takes the limit down with it.
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("maxRequestsPerMinute", 600))
                .patch("/api/v1/api-keys/" + keyA).then().statusCode(200).body("maxRequestsPerMinute", equalTo(600));
        given().auth().oauth2(adminA).contentType(ContentType.JSON).body(Map.of("requestsPerMinute", 500))
                .patch("/api/v1/api-keys/" + keyA).then().statusCode(200).body("requestsPerMinute", equalTo(500));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("maxRequestsPerMinute", 50))
                .patch("/api/v1/api-keys/" + keyA).then().statusCode(200).body("requestsPerMinute", equalTo(50));

        // A token of the partner role without a partner has no keys to see.
        given().auth().oauth2(Tokens.token("lost-admin", java.util.Set.of("partner"), null)).get("/api/v1/api-keys")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void aRotatedKeysFormerSecretWorksDuringTheOverlapAndIsRefusedAfter() {
        String a = partner("Insurers United");
        JsonPath created = key(a, List.of(PAGE_A), 100, 100);
        String keyId = created.getString("key.id");
        String before = created.getString("secret");
        String admin = Tokens.partner("insurers-admin", a);
        Instant now = Instant.now();
        clock.fix(now);

        JsonPath rotated = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("overlapHours", 2))
                .post("/api/v1/api-keys/" + keyId + "/rotate").then().statusCode(200)
                .body("key.id", equalTo(keyId)).body("key.allowedOrigins", equalTo(List.of(PAGE_A)))
                .body("key.rotatedAt", not(nullValue()))
                .extract().jsonPath();
        String after = rotated.getString("secret");
        // As PostgreSQL keeps it: to the microsecond.
        assertEquals(0, Duration.between(now.plus(Duration.ofHours(2)),
                Instant.parse(rotated.getString("key.previousSecretExpiresAt"))).abs().toMillis());
        assertNotEquals(before, after);
        answers(after, 200);
        answers(before, 200);

        clock.fix(now.plus(Duration.ofHours(2)).plusSeconds(1));
        answers(after, 200);
        answers(before, 401);

        // Rotating again ends the former secret's overlap for the one before it at once.
        String third = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("overlapHours", 0))
                .post("/api/v1/api-keys/" + keyId + "/rotate").then().statusCode(200).extract().path("secret");
        answers(third, 200);
        answers(after, 401);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("overlapHours", 169))
                .post("/api/v1/api-keys/" + keyId + "/rotate").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void staffMergeTwoPartnersIntoOneAndTheKeysFollow() {
        String kept = partner("Ohio Jewelers");
        String merged = partner("OJA website");
        String key = key(merged, List.of(PAGE_A), 10, 10).getString("key.id");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("into", kept))
                .post("/api/v1/partners/" + merged + "/merge").then().statusCode(200).body("mergedInto", equalTo(kept));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/api-keys/" + key).then().body("partnerId", equalTo(kept));
        given().auth().oauth2(Tokens.partner("oja-admin", merged)).get("/api/v1/api-keys/" + key).then().statusCode(404);
        given().auth().oauth2(Tokens.partner("ohio-admin", kept)).get("/api/v1/api-keys/" + key).then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("into", merged))
                .post("/api/v1/partners/" + kept + "/merge").then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(newKey(merged, List.of(PAGE_A), 1, 1))
                .post("/api/v1/api-keys").then().statusCode(409).contentType(PROBLEM);
        // A key made without a partner gets one of its own, named after it.
        String own = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", "Lone site", "allowedOrigins", List.of(PAGE_A), "requestsPerMinute", 5,
                        "requestsPerDay", 5))
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("key.partnerId");
        given().auth().oauth2(Tokens.staff()).get("/api/v1/partners/" + own).then().statusCode(200)
                .body("name", equalTo("Lone site"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", " ", "contactEmail", "not-an-address")).post("/api/v1/partners").then()
                .statusCode(400).contentType(PROBLEM);
    }

    private static void answers(String secret, int status) {
        given().header("X-Api-Key", secret).header("Origin", PAGE_A).get("/api/v1/members").then().statusCode(status);
    }

    private static String partner(String name) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "contactEmail", "admin@" + name.replace(' ', '-').toLowerCase() + ".example"))
                .post("/api/v1/partners").then().statusCode(201).body("mergedInto", nullValue())
                .extract().path("id");
    }

    private static JsonPath key(String partner, List<String> origins, int perMinute, int ceiling) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(newKey(partner, origins, perMinute, ceiling)).post("/api/v1/api-keys").then().statusCode(201)
                .body("key.partnerId", equalTo(partner)).extract().jsonPath();
    }

    private static Map<String, Object> newKey(String partner, List<String> origins, int perMinute, int ceiling) {
        return Map.of("name", "Key of " + partner, "partnerId", partner, "allowedOrigins", origins,
                "requestsPerMinute", perMinute, "requestsPerDay", 10_000, "maxRequestsPerMinute", ceiling);
    }
}
