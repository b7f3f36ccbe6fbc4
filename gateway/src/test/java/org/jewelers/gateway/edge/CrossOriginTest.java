package org.jewelers.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CrossOriginTest {

    private static final String ASSOCIATION = "http://localhost:3000";

    @Test
    void aPreflightForATokenEndpointIsAllowedForAnAssociationOrigin() {
        given().header("Origin", ASSOCIATION).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .options("/api/v1/members")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", ASSOCIATION)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", "authorization, content-type")
                .header("Vary", containsString("Origin"));
    }

    @Test
    void aPreflightForATokenEndpointIsRefusedForAnyOtherOrigin() {
        given().header("Origin", "https://partner.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/members/42/history")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aPreflightForAPublicReadWithAKeyIsAllowedForAnyOrigin() {
        given().header("Origin", "https://partner.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "x-api-key")
                .options("/api/v1/members")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", "https://partner.example")
                .header("Access-Control-Allow-Methods", "GET, HEAD");
    }

    @Test
    void aPublicAnswerExposesTheHeadersAPageNeedsAndVariesByOrigin() {
        given().header("Origin", "https://partner.example").get("/api/v1/members")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://partner.example")
                .header("Access-Control-Expose-Headers", allOf(containsString("ETag"),
                        containsString("Retry-After"), containsString("RateLimit-Remaining"),
                        containsString("X-Request-Id")))
                .header("Vary", equalTo("Origin, X-Api-Key"));
    }

    @Test
    void aTokenBearingCallFromAnotherOriginGetsNoCorsHeaders() {
        given().header("Origin", "https://partner.example").auth().oauth2(Tokens.staff())
                .get("/api/v1/members/42/history")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", ASSOCIATION).auth().oauth2(Tokens.staff())
                .get("/api/v1/members/42/history")
                .then().statusCode(200).header("Access-Control-Allow-Origin", ASSOCIATION);
    }
}
