package org.jewelers.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Token holders under the gateway's default limits, which the module's test configuration leaves as they ship: per
 * subject and by role (outside users lower than staff), and a cap on one subject's requests at once. Each test
 * uses subjects of its own, so the counts of one never spend another's.
 */
@QuarkusTest
class TokenLimitTest {

    private static final int ENTRANT_PER_MINUTE = 120;
    private static final int IN_FLIGHT_PER_SUBJECT = 16;

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void aBurstOfSearchesWithAnEntrantTokenIsRefusedPastTheEntrantLimitWhileOtherSubjectsGoOn() {
        String entrant = Tokens.entrant("burst-entrant", "m-1");
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Response firstRefusal = null;
        for (int i = 0; i < 700; i++) {
            Response response = given().auth().oauth2(entrant).get("/api/v1/members?zip=10001");
            byStatus.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 429 && firstRefusal == null) {
                firstRefusal = response;
            }
        }
        // A burst may straddle two fixed windows, and then gets two allowances.
        int admitted = byStatus.getOrDefault(200, 0);
        assertTrue(byStatus.containsKey(429) && admitted >= ENTRANT_PER_MINUTE && admitted <= 2 * ENTRANT_PER_MINUTE,
                "700 searches with one entrant token, one minute's allowance " + ENTRANT_PER_MINUTE + ": " + byStatus);
        firstRefusal.then().contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/rate-limited"))
                .header("Retry-After", notNullValue())
                .header("RateLimit-Limit", String.valueOf(ENTRANT_PER_MINUTE))
                .header("RateLimit-Remaining", "0");

        given().auth().oauth2(Tokens.entrant("patient-entrant", "m-2")).get("/api/v1/members?zip=10001")
                .then().statusCode(200).header("RateLimit-Limit", String.valueOf(ENTRANT_PER_MINUTE));
        given().auth().oauth2(Tokens.member("burst-member", "m-3")).get("/api/v1/members?zip=10001")
                .then().statusCode(200).header("RateLimit-Limit", "120");
        given().auth().oauth2(Tokens.judge("burst-judge")).get("/api/v1/members?zip=10001")
                .then().statusCode(200).header("RateLimit-Limit", "300");
        given().auth().oauth2(Tokens.token("burst-staff", java.util.Set.of("staff", "entrant"), null))
                .get("/api/v1/members?zip=10001")
                .then().statusCode(200).header("RateLimit-Limit", "600");
    }

    @Test
    void oneSubjectCannotHoldMoreThanItsShareOfTheRequestsInFlight() throws IOException {
        String hog = Tokens.entrant("slot-hog", "m-4");
        List<Socket> held = new ArrayList<>();
        try {
            // Requests to a service that never answers stay in flight until their callers hang up.
            for (int i = 0; i < IN_FLIGHT_PER_SUBJECT; i++) {
                held.add(sendAndHold("/api/v1/silent/work", hog));
            }
            await("the hog's next request refused at once").atMost(Duration.ofSeconds(10))
                    .until(() -> given().auth().oauth2(hog).get("/api/v1/members").statusCode() == 429);
            given().auth().oauth2(hog).get("/api/v1/members").then().statusCode(429)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://jewelers.example/problems/rate-limited"))
                    .header("Retry-After", notNullValue());
            given().auth().oauth2(Tokens.entrant("slot-neighbour", "m-5")).get("/api/v1/members")
                    .then().statusCode(200);
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
        await("the hog's slots given back when its callers hang up").atMost(Duration.ofSeconds(10))
                .until(() -> given().auth().oauth2(hog).get("/api/v1/members").statusCode() == 200);
    }

    private Socket sendAndHold(String path, String token) throws IOException {
        Socket socket = new Socket(gateway.getHost(), gateway.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\nAuthorization: Bearer " + token
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }
}
