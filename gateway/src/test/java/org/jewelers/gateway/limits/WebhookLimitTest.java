package org.jewelers.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(WebhookLimitTest.LowLimits.class)
class WebhookLimitTest {

    private static final String WEBHOOK = "/api/v1/payments/stripe/webhook";

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limits.anonymous-per-minute", "3",
                    "gateway.rate-limits.webhooks.stripe.per-minute", "5");
        }
    }

    @Test
    void theStripeWebhookHasALimitOfItsOwnApartFromTheAnonymousOne() {
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/services").then().statusCode(200).header("RateLimit-Limit", "3");
        }
        given().get("/api/v1/services").then().statusCode(429);
        // The anonymous allowance of this address is spent; the webhook's is not. Whatever the (absent) competition
        // service answers, the gateway lets each of these through.
        for (int i = 0; i < 5; i++) {
            given().contentType("application/json").header("Stripe-Signature", "t=1,v1=00")
                    .body("{\"id\":\"evt_" + i + "\"}").post(WEBHOOK)
                    .then().statusCode(not(429)).header("RateLimit-Limit", "5")
                    .header("RateLimit-Remaining", String.valueOf(4 - i));
        }
        given().contentType("application/json").body("{}").post(WEBHOOK).then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/rate-limited"))
                .header("RateLimit-Limit", "5");
        // Other paths under the same prefix are anonymous calls like any other.
        given().get("/api/v1/payments").then().statusCode(429).header("RateLimit-Limit", "3");
    }
}
