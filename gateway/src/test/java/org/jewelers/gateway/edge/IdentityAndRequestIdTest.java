package org.jewelers.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Runs against the test upstreams of {@link org.jewelers.gateway.routing.EchoUpstreams}. */
@QuarkusTest
class IdentityAndRequestIdTest {

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Test
    void aValidTokenIsForwardedUnchanged() {
        String token = Tokens.staff();
        given().auth().oauth2(token).get("/api/v1/members/42/history")
                .then().statusCode(200).body("authorization", equalTo("Bearer " + token));
    }

    @Test
    void anExpiredTokenIsRefusedAtTheEdge() {
        given().auth().oauth2(Tokens.expired("staff-1", Set.of("staff"))).get("/api/v1/members/42/history")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .header("X-Upstream", nullValue())
                .body("type", equalTo("https://jewelers.example/problems/unauthorized"))
                .body("instance", equalTo("/api/v1/members/42/history"));
    }

    @Test
    void aTokenForAnotherAudienceOrNoneIsRefusedAtTheEdge() {
        for (String audience : new String[] {"https://elsewhere.jewelers.example/api", null}) {
            given().auth().oauth2(Tokens.staffFor(audience)).get("/api/v1/members/42/history")
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("X-Upstream", nullValue())
                    .body("type", equalTo("https://jewelers.example/problems/unauthorized"));
        }
    }

    @Test
    void aMalformedTokenIsRefused() {
        given().header("Authorization", "Bearer not.a.token").get("/api/v1/members")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        String token;
        try (InputStream key = Tokens.class.getResourceAsStream("/org/jewelers/testing/jwt/private-key.pem")) {
            token = Jwt.issuer("https://elsewhere.example").subject("staff-1").groups("staff")
                    .expiresIn(Duration.ofMinutes(5))
                    .sign(KeyUtils.decodePrivateKey(new String(key.readAllBytes(), StandardCharsets.UTF_8)));
        }
        given().auth().oauth2(token).get("/api/v1/members").then().statusCode(401);
    }

    @Test
    void noTokenPassesThroughForTheServiceToDecide() {
        given().get("/api/v1/members").then().statusCode(200).body("authorization", nullValue());
    }

    @Test
    void aRequestIdIsMadeReturnedAndForwarded() {
        Response response = given().get("/api/v1/members");
        String id = response.header("X-Request-Id");
        response.then().statusCode(200).header("X-Request-Id", matchesPattern(UUID)).body("requestId", equalTo(id));
    }

    @Test
    void theCallersRequestIdIsKeptWhenWellFormed() {
        given().header("X-Request-Id", "partner-7f3a.42").get("/api/v1/members")
                .then().header("X-Request-Id", "partner-7f3a.42").body("requestId", equalTo("partner-7f3a.42"));
    }

    @Test
    void aMalformedRequestIdIsReplaced() {
        given().header("X-Request-Id", "two words").get("/api/v1/members")
                .then().header("X-Request-Id", matchesPattern(UUID))
                .body("requestId", not(equalTo("two words")));
    }

    @Test
    void theGatewaysOwnErrorsCarryTheRequestIdToo() {
        given().header("Authorization", "Bearer nonsense").get("/api/v1/members")
                .then().statusCode(401).header("X-Request-Id", matchesPattern(UUID));
    }
}
