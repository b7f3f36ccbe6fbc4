package org.jewelers.gateway.keys;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A browser key sits in partner pages for anyone to copy, so it is taken only from a page on one of its origins;
 * a server key is a secret kept on the partner's server, and is never taken from a page.
 */
@QuarkusTest
class KeyTypesTest {

    private static final String PARTNER = "https://www.mainstreetjewelers.example";

    @Test
    void aBrowserKeyCopiedOffThePageIsRefusedWithoutTheOriginOfAPage() {
        String secret = ApiKeysTest.createKey(List.of(PARTNER), 100, 1000);
        given().header("X-Api-Key", secret).get("/api/v1/members")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/origin-not-allowed"));
        given().queryParam("key", secret).get("/api/v1/members").then().statusCode(403);
        given().header("X-Api-Key", secret).header("Origin", PARTNER).get("/api/v1/members").then().statusCode(200);
        // A page's own origin sends no Origin on a simple same-origin read; its Referer names the page.
        given().header("X-Api-Key", secret).header("Referer", PARTNER + "/find-a-jeweler?zip=10001")
                .get("/api/v1/members").then().statusCode(200);
        given().header("X-Api-Key", secret).header("Referer", "https://copycat.example" + "/page")
                .get("/api/v1/members").then().statusCode(403);
    }

    @Test
    void aServerKeyIsTakenWithoutAnOriginAndNeverFromAPage() {
        String secret = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", "Main Street Jewelers back office", "type", "server",
                        "requestsPerMinute", 100, "requestsPerDay", 1000))
                .post("/api/v1/api-keys")
                .then().statusCode(201)
                .body("key.type", equalTo("server"))
                .body("key.allowedOrigins", equalTo(List.of()))
                .extract().path("secret");
        given().header("X-Api-Key", secret).get("/api/v1/members").then().statusCode(200);
        given().header("X-Api-Key", secret).header("Origin", PARTNER).get("/api/v1/members")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/origin-not-allowed"));
    }

    @Test
    void aKeyWithoutATypeIsABrowserKey() {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", "Old client", "allowedOrigins", List.of(PARTNER),
                        "requestsPerMinute", 100, "requestsPerDay", 1000))
                .post("/api/v1/api-keys")
                .then().statusCode(201).body("key.type", equalTo("browser"));
    }

    @Test
    void aBrowserKeyNeedsOriginsAndAServerKeyHasNone() {
        Map<String, Object> browser = new HashMap<>(Map.of("name", "x", "type", "browser",
                "requestsPerMinute", 10, "requestsPerDay", 10));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(browser).post("/api/v1/api-keys")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("allowedOrigins"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "type", "server", "allowedOrigins", List.of(PARTNER),
                        "requestsPerMinute", 10, "requestsPerDay", 10))
                .post("/api/v1/api-keys")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("allowedOrigins"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "type", "desktop", "allowedOrigins", List.of(PARTNER),
                        "requestsPerMinute", 10, "requestsPerDay", 10))
                .post("/api/v1/api-keys")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
