package org.jewelers.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.jewelers.gateway.keys.ApiKeysTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RateLimitTest {

    private static final String PAGE = "https://partner.example";

    @Test
    void aKeyOverItsLimitPerMinuteGets429WithRetryAfter() {
        String secret = ApiKeysTest.createKey(List.of("*"), 3, 1000);
        for (int i = 0; i < 3; i++) {
            given().header("X-Api-Key", secret).header("Origin", PAGE).get("/api/v1/members").then().statusCode(200)
                    .header("RateLimit-Remaining", String.valueOf(2 - i));
        }
        Response refused = given().header("X-Api-Key", secret).header("Origin", PAGE).get("/api/v1/members");
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/rate-limited"))
                .header("RateLimit-Limit", "3")
                .header("RateLimit-Remaining", "0");
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        org.hamcrest.MatcherAssert.assertThat(retryAfter, allOf(greaterThanOrEqualTo(1), lessThanOrEqualTo(60)));
        org.hamcrest.MatcherAssert.assertThat(refused.header("RateLimit-Reset"), equalTo(refused.header("Retry-After")));
    }

    @Test
    void aKeyOverItsDailyQuotaGets429() {
        String secret = ApiKeysTest.createKey(List.of("*"), 100, 2);
        given().header("X-Api-Key", secret).header("Origin", PAGE).get("/api/v1/members").then().statusCode(200);
        given().header("X-Api-Key", secret).header("Origin", PAGE).get("/api/v1/members").then().statusCode(200)
                .header("RateLimit-Limit", "2").header("RateLimit-Remaining", "0");
        given().header("X-Api-Key", secret).header("Origin", PAGE).get("/api/v1/members").then().statusCode(429)
                .header("RateLimit-Limit", "2");
    }
}
