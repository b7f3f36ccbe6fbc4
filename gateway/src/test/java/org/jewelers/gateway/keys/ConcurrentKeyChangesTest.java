package org.jewelers.gateway.keys;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Changes of one key sent at once apply one after the other: none is lost, and a limit raised while staff lower its
 * ceiling either lands under the new ceiling or is refused with 400, never a 500 from the table's CHECK.
 */
@QuarkusTest
class ConcurrentKeyChangesTest {

    private static final int ROUNDS = 10;

    @Test
    void concurrentChangesOfOneKeyAreNeitherLostNorA500() throws Exception {
        String partner = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", "Concurrent partner", "contactEmail", "admin@partner.example"))
                .post("/api/v1/partners").then().statusCode(201).extract().path("id");
        String keyId = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", "Concurrent key", "partnerId", partner, "type", "server",
                        "requestsPerMinute", 100, "requestsPerDay", 1000, "maxRequestsPerMinute", 200,
                        "maxRequestsPerDay", 5000))
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("key.id");
        String admin = Tokens.partner("concurrent-admin", partner);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                patch(Tokens.staff(), keyId, Map.of("requestsPerMinute", 100, "maxRequestsPerMinute", 200));
                List<Map<String, Object>> changes = List.of(
                        Map.of("requestsPerMinute", 150),
                        Map.of("maxRequestsPerMinute", 120),
                        Map.of("name", "Round " + round),
                        Map.of("requestsPerDay", 2000 + round));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> statuses = new ArrayList<>();
                for (int i = 0; i < changes.size(); i++) {
                    Map<String, Object> change = changes.get(i);
                    String token = i == 1 ? Tokens.staff() : admin;
                    statuses.add(threads.submit(() -> {
                        start.await();
                        return given().auth().oauth2(token).contentType(ContentType.JSON).body(change)
                                .patch("/api/v1/api-keys/" + keyId).statusCode();
                    }));
                }
                start.countDown();
                int raised = statuses.get(0).get();
                assertTrue(raised == 200 || raised == 400, "raising the limit answered " + raised);
                for (Future<Integer> status : statuses.subList(1, statuses.size())) {
                    assertEquals(200, status.get());
                }
                JsonPath key = given().auth().oauth2(admin).get("/api/v1/api-keys/" + keyId).then().statusCode(200)
                        .extract().jsonPath();
                assertEquals("Round " + round, key.getString("name"));
                assertEquals(2000 + round, key.getInt("requestsPerDay"));
                assertEquals(120, key.getInt("maxRequestsPerMinute"));
                // Raised first, then lowered with its ceiling (120); or refused, as over the ceiling already lowered.
                assertEquals(raised == 200 ? 120 : 100, key.getInt("requestsPerMinute"));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static void patch(String token, String keyId, Map<String, Object> change) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(change).patch("/api/v1/api-keys/" + keyId)
                .then().statusCode(200);
    }
}
