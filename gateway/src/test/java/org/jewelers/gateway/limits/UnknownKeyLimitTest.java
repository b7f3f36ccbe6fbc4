package org.jewelers.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jewelers.gateway.keys.ApiKeysTest;
import org.junit.jupiter.api.Test;

/**
 * Made-up keys, sent from a loopback address of their own (the whole of 127/8 reaches the gateway), so that the
 * failures they count are this test's alone.
 */
@QuarkusTest
class UnknownKeyLimitTest {

    private static final int UNKNOWN_KEYS_PER_MINUTE = 10;
    private static final String ORIGIN = "https://guesser.example";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void anAddressSendingUnknownKeysIsRefusedBeforeTheyAreLookedUp() throws UnknownHostException {
        String known = ApiKeysTest.createKey(List.of("*"), 1000, 100_000);
        from("127.0.0.3").header("X-Api-Key", known).header("Origin", ORIGIN).get("/api/v1/members")
                .then().statusCode(200);

        Map<Integer, Integer> byStatus = new TreeMap<>();
        Response firstRefusal = null;
        for (int i = 0; i < 300; i++) {
            Response response = from("127.0.0.3").header("X-Api-Key", madeUpKey()).header("Origin", ORIGIN)
                    .get("/api/v1/members");
            byStatus.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 429 && firstRefusal == null) {
                firstRefusal = response;
            }
        }
        // A run may straddle two fixed windows, and then gets two allowances.
        int lookedUp = byStatus.getOrDefault(401, 0);
        assertTrue(byStatus.containsKey(429) && lookedUp >= UNKNOWN_KEYS_PER_MINUTE
                        && lookedUp <= 2 * UNKNOWN_KEYS_PER_MINUTE,
                "300 made-up keys from one address, " + UNKNOWN_KEYS_PER_MINUTE + " looked up a minute: " + byStatus);
        firstRefusal.then().contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/rate-limited"))
                .header("Retry-After", notNullValue())
                .header("RateLimit-Limit", String.valueOf(UNKNOWN_KEYS_PER_MINUTE));

        // The key this address used before is known already and goes on; another address's checks are its own.
        from("127.0.0.3").header("X-Api-Key", known).header("Origin", ORIGIN).get("/api/v1/members")
                .then().statusCode(200);
        from("127.0.0.4").header("X-Api-Key", madeUpKey()).header("Origin", ORIGIN).get("/api/v1/members")
                .then().statusCode(401);
    }

    private static RequestSpecification from(String address) throws UnknownHostException {
        return given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.route.local-address", InetAddress.getByName(address))));
    }

    private static String madeUpKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "jk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
