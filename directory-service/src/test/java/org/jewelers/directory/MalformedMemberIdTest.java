package org.jewelers.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A token whose member_id is not a firm id is no valid credential: 401, as on every service. */
@QuarkusTest
class MalformedMemberIdTest {

    @Test
    void aMemberTokenWithAMalformedFirmIdCannotEditAListing() {
        String firm = Firms.named("Malformed Claim Jewelers").at("3 Own St", "Missoula", "MT", "59801").create();

        given().auth().oauth2(Tokens.member("owner-malformed", "not-a-firm-id")).contentType(ContentType.JSON)
                .body(Map.of("description", "Hijacked"))
                .patch("/api/v1/members/" + firm + "/listing").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("https://jewelers.example/problems/unauthorized"))
                .body("instance", equalTo("/api/v1/members/" + firm + "/listing"));
        given().get("/api/v1/members/" + firm).then().statusCode(200).body("description", nullValue());
    }
}
