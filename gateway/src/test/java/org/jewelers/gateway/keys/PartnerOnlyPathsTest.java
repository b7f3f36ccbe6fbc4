package org.jewelers.gateway.keys;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The directory's change feed hands out the whole directory: a partner's server key or a partner or staff token,
 * never a browser key (anyone can copy it off a page) and never nothing. The echo service stands behind the route.
 */
@QuarkusTest
class PartnerOnlyPathsTest {

    private static final String FEED = "/api/v1/members/changes";
    private static final String PAGE = "https://www.feedpartner.example";

    @Test
    void noCredentialIsRefused() {
        given().get(FEED).then().statusCode(401).contentType("application/problem+json");
        for (String spelling : List.of(FEED + "/", "/api/v1//members/changes", "/api/v1/members/%63hanges",
                "/api/v1/members/./changes")) {
            given().urlEncodingEnabled(false).get(spelling).then().statusCode(401);
        }
        // The search next to it stays public.
        given().get("/api/v1/members").then().statusCode(200);
    }

    @Test
    void aBrowserKeyIsRefusedEvenFromItsOwnPage() {
        String browser = ApiKeysTest.createKey(List.of(PAGE), 100, 1000);
        given().header("X-Api-Key", browser).header("Origin", PAGE).get(FEED).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/origin-not-allowed"));
        given().header("X-Api-Key", browser).header("Origin", PAGE).get("/api/v1/members").then().statusCode(200);
    }

    @Test
    void aServerKeyIsLetThrough() {
        String server = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", "Feed reader", "type", "server", "requestsPerMinute", 100, "requestsPerDay", 1000))
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("secret");
        given().header("X-Api-Key", server).queryParam("after", "0").get(FEED).then().statusCode(200);
    }

    @Test
    void aPartnerOrStaffTokenIsLetThroughAndOtherTokensAreNot() {
        given().auth().oauth2(Tokens.partner("feed-admin", UUID.randomUUID().toString())).get(FEED).then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).get(FEED).then().statusCode(200);
        given().auth().oauth2(Tokens.member("m-1", UUID.randomUUID().toString())).get(FEED).then().statusCode(403)
                .contentType("application/problem+json");
    }
}
