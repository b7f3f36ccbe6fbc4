package org.jewelers.careers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A token whose member_id is not a firm id is no valid credential: 401, as on every service. */
@QuarkusTest
class MalformedMemberIdTest {

    @Test
    void aMemberTokenWithAMalformedFirmIdCannotPostAJob() {
        given().auth().oauth2(Tokens.member("owner-malformed", "not-a-firm-id")).contentType(ContentType.JSON)
                .body(JobRulesTest.job("Bench Jeweler", "59801", LocalDate.now().plusDays(30)))
                .post("/api/v1/jobs").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("https://jewelers.example/problems/unauthorized"))
                .body("instance", equalTo("/api/v1/jobs"));
    }
}
