package org.jewelers.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(AnonymousLimitTest.LowAnonymousLimit.class)
class AnonymousLimitTest {

    public static class LowAnonymousLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limits.anonymous-per-minute", "3");
        }
    }

    @Test
    void anonymousCallersShareALowLimitPerAddressThatASpoofedForwardedForCannotDodge() {
        for (int i = 0; i < 3; i++) {
            // A different X-Forwarded-For each time: from an untrusted caller it must not open a new allowance.
            given().header("X-Forwarded-For", "203.0.113." + i).get("/api/v1/services")
                    .then().statusCode(200).header("RateLimit-Limit", "3");
        }
        given().header("X-Forwarded-For", "203.0.113.99").get("/api/v1/services").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://jewelers.example/problems/rate-limited"));
        // Callers with a token are counted as their subject, not per address.
        given().auth().oauth2(Tokens.staff()).get("/api/v1/services").then().statusCode(200);
    }
}
