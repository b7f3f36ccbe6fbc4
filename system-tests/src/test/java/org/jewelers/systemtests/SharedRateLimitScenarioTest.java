package org.jewelers.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Two gateway processes, as two replicas behind a load balancer, hold one partner key to one quota between them. */
class SharedRateLimitScenarioTest {

    private static final int QUOTA = 5;

    @Test
    void aKeysDailyQuotaSpentOnOneGatewayIsSpentOnTheOther() {
        String secret = given().spec(RunningSystem.gateway()).auth().oauth2(RunningSystem.tokens().staff())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Two-replica partner", "type", "server",
                        "requestsPerMinute", 1_000, "requestsPerDay", QUOTA))
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("secret");
        String second = RunningSystem.secondGatewayUrl();

        for (int i = 0; i < QUOTA; i++) {
            given().spec(RunningSystem.gateway()).queryParam("key", secret).get("/api/v1/services")
                    .then().statusCode(200);
        }
        // The second process learns the first one's count from the shared store within its sync interval.
        AtomicInteger admittedBySecond = new AtomicInteger();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            int status = given().baseUri(second).queryParam("key", secret).get("/api/v1/services").statusCode();
            if (status == 200) {
                admittedBySecond.incrementAndGet();
            }
            return status == 429;
        });
        assertTrue(admittedBySecond.get() <= 2,
                "the second gateway admitted " + admittedBySecond.get() + " requests past a spent quota");
        given().spec(RunningSystem.gateway()).queryParam("key", secret).get("/api/v1/services")
                .then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }
}
