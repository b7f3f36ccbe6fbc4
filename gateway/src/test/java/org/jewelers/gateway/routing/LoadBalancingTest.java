package org.jewelers.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoadBalancingTest {

    @TestHTTPResource(value = "/", management = true)
    URI management;

    @Test
    void requestsSpreadOverTwoInstancesGoToTheOtherWhileOneIsDownAndSpreadAgainWhenItReturns() throws Exception {
        List<URI> instances = ConfigProvider.getConfig().getValues("gateway.upstreams.pair.url", URI.class);
        Vertx vertx = Vertx.vertx();
        try {
            start(vertx, instances.get(0), "first");
            HttpServer second = start(vertx, instances.get(1), "second");
            // Both refused connections until now: each is called once the gateway has heard it is ready.
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertEquals(Map.of("first", 10, "second", 10), answersFrom(20), "round-robin over both instances"));

            second.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertEquals(Map.of("first", 20), answersFrom(20), "every request answered by the instance still up");
            for (int i = 0; i < 4; i++) {
                given().contentType("text/plain").body("not sent twice").post("/api/v1/pair/things")
                        .then().statusCode(200).header("X-Instance", "first");
            }
            String secondName = "pair@" + instances.get(1).getHost() + ":" + instances.get(1).getPort();
            String firstName = "pair@" + instances.get(0).getHost() + ":" + instances.get(0).getPort();
            well().body("checks[0].data.pair", equalTo("degraded"))
                    .body("checks[0].data.'" + firstName + "'", equalTo("closed"))
                    .body("checks[0].data.'" + secondName + "'", equalTo("not_ready"));

            start(vertx, instances.get(1), "second");
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertEquals(Map.of("first", 5, "second", 5), answersFrom(10)));
            well().body("checks[0].data.pair", equalTo("closed"));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aReadWhoseInstanceHangsUpIsSentToAnotherButAWriteIsNotSentTwice() {
        for (int i = 0; i < 4; i++) {
            given().get("/api/v1/hangup/things?n=" + i).then().statusCode(200)
                    .header("X-Upstream", "echo").body("uri", equalTo("/api/v1/hangup/things?n=" + i));
        }
        List<Integer> writes = List.of(post(), post());
        assertTrue(writes.contains(200) && writes.contains(503),
                "one write reached the echo, the other hung up on and answered 503, not resent: " + writes);
    }

    private ValidatableResponse well() {
        return given().get(management.resolve("/q/health/well")).then().statusCode(200);
    }

    private static int post() {
        Response response = given().contentType("text/plain").body("once").post("/api/v1/hangup/things");
        if (response.statusCode() == 503) {
            response.then().contentType("application/problem+json")
                    .body("detail", containsString("broke off the request"));
        }
        return response.statusCode();
    }

    private static Map<String, Integer> answersFrom(int requests) {
        Map<String, Integer> answeredBy = new TreeMap<>();
        for (int i = 0; i < requests; i++) {
            String instance = given().get("/api/v1/pair/things?i=" + i).then().statusCode(200)
                    .extract().header("X-Instance");
            answeredBy.merge(instance, 1, Integer::sum);
        }
        return answeredBy;
    }

    private static HttpServer start(Vertx vertx, URI at, String name) throws Exception {
        return vertx.createHttpServer()
                .requestHandler(request -> request.body().onSuccess(body -> request.response()
                        .putHeader("X-Instance", name).end(name)))
                .listen(at.getPort(), at.getHost()).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }
}
