package org.jewelers.competition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A token whose member_id is not a firm id is no valid credential: 401, as on every service. */
@QuarkusTest
class MalformedMemberIdTest {

    @Test
    void anEntrantTokenWithAMalformedFirmIdCannotStartADraft() {
        given().auth().oauth2(Tokens.entrant("entrant-malformed", "not-a-firm-id")).contentType(ContentType.JSON)
                .body(Map.of("editionId", UUID.randomUUID().toString(), "category", "retailer-2001-5000"))
                .post("/api/v1/entries").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("https://jewelers.example/problems/unauthorized"))
                .body("instance", equalTo("/api/v1/entries"));
    }
}
