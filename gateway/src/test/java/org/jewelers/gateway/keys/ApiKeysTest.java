package org.jewelers.gateway.keys;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class ApiKeysTest {

    static final String PARTNER = "https://www.mainstreetjewelers.example";

    /** Creates a key as staff and answers its secret. */
    public static String createKey(List<String> origins, int perMinute, int perDay) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", "Partner " + perMinute + "/" + perDay, "allowedOrigins", origins,
                        "requestsPerMinute", perMinute, "requestsPerDay", perDay))
                .post("/api/v1/api-keys")
                .then().statusCode(201).extract().path("secret");
    }

    @Test
    void staffCreateAKeyWhoseSecretIsShownOnceAndListedNever() {
        String secret = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", "Main Street Jewelers", "allowedOrigins", List.of(PARTNER),
                        "requestsPerMinute", 120, "requestsPerDay", 20000))
                .post("/api/v1/api-keys")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("key.name", equalTo("Main Street Jewelers"))
                .body("key.allowedOrigins", equalTo(List.of(PARTNER)))
                .body("key.createdBy", equalTo("staff-1"))
                .body("secret", startsWith("jk_"))
                .extract().path("secret");
        given().auth().oauth2(Tokens.staff()).get("/api/v1/api-keys?size=100")
                .then().statusCode(200)
                .body("items.prefix", hasItem(secret.substring(0, 9)))
                .body("items", everyItem(not(hasKey("secret"))));
    }

    /** The gateway's own operations refuse a parameter they do not take, as every service's do (libs/web). */
    @Test
    void theKeyListRefusesAParameterItDoesNotTake() {
        given().auth().oauth2(Tokens.staff()).get("/api/v1/api-keys?size=100&pagesize=5")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/validation"))
                .body("errors.field", equalTo(List.of("pagesize")));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/api-keys?size=100&utm_source=newsletter")
                .then().statusCode(200);
    }

    @Test
    void onlyStaffManageKeys() {
        given().get("/api/v1/api-keys").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.judge("judge-1")).get("/api/v1/api-keys").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aKeyNeedsValidOriginsAndLimits() {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "allowedOrigins", List.of("not an origin"),
                        "requestsPerMinute", 0, "requestsPerDay", 10))
                .post("/api/v1/api-keys")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("requestsPerMinute"));
    }

    @Test
    void aKeyWorksInTheHeaderOrTheQueryFromAnAllowedOrigin() {
        String secret = createKey(List.of(PARTNER), 100, 1000);
        given().header("X-Api-Key", secret).header("Origin", PARTNER).get("/api/v1/members?zip=10001")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", PARTNER)
                .header("RateLimit-Limit", "100")
                .header("RateLimit-Remaining", "99");
        given().queryParam("key", secret).header("Origin", PARTNER).get("/api/v1/members").then().statusCode(200)
                .body("uri", equalTo("/api/v1/members?key=" + secret));
    }

    @Test
    void aKeyUsedFromAnotherOriginIsRefusedReadablyByThePage() {
        String secret = createKey(List.of(PARTNER), 100, 1000);
        given().header("X-Api-Key", secret).header("Origin", "https://copycat.example").get("/api/v1/members")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", "https://copycat.example")
                .body("type", equalTo("https://jewelers.example/problems/origin-not-allowed"));
    }

    @Test
    void anUnknownKeyIsRefused() {
        given().header("X-Api-Key", "jk_madeup").get("/api/v1/members")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/unknown-api-key"));
    }

    @Test
    void aRevokedKeyIsRefusedAtOnceByThisGateway() {
        io.restassured.response.Response created = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", "Soon gone", "allowedOrigins", List.of("*"),
                        "requestsPerMinute", 100, "requestsPerDay", 1000))
                .post("/api/v1/api-keys");
        String location = created.header("Location");
        String secret = created.path("secret");
        String id = created.path("key.id");
        given().header("X-Api-Key", secret).header("Origin", "https://anyone.example").get("/api/v1/members")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).delete(location).then().statusCode(204);
        given().auth().oauth2(Tokens.staff()).delete(location).then().statusCode(204);
        given().header("X-Api-Key", secret).get("/api/v1/members").then().statusCode(401);
        given().auth().oauth2(Tokens.staff()).get("/api/v1/api-keys?size=100")
                .then().body("items.find { it.id == '" + id + "' }.revokedAt", notNullValue());
    }

    @Test
    void revokingAnUnknownKeyIsNotFound() {
        given().auth().oauth2(Tokens.staff()).delete("/api/v1/api-keys/6f1c2f5e-8a0b-4d7e-9a53-3f0f6c1d2b7a")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
