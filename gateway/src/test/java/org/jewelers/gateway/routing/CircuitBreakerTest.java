package org.jewelers.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CircuitBreakerTest {

    @ConfigProperty(name = "gateway.upstreams.flaky.url")
    URI flaky;

    @Test
    void aKilledServiceIsAnsweredFastWhileOtherRoutesWorkAndItIsCalledAgainWhenItReturns() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            HttpServer service = start(vertx);
            given().get("/api/v1/flaky/things").then().statusCode(200);

            service.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            for (int i = 0; i < 5; i++) {
                given().get("/api/v1/flaky/things").then().statusCode(503)
                        .contentType("application/problem+json").time(lessThan(2_000L));
            }
            given().get("/api/v1/flaky/things").then().statusCode(503)
                    .time(lessThan(500L))
                    .body("detail", containsString("not calling it"));
            given().get("/q/health/well").then().statusCode(200).body("checks[0].data.flaky", equalTo("open"));
            given().get("/q/health/ready").then().statusCode(200);
            given().get("/api/v1/members").then().statusCode(200);

            start(vertx);
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    given().get("/api/v1/flaky/things").then().statusCode(200));
            given().get("/q/health/well").then().body("checks[0].data.flaky", equalTo("closed"));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private HttpServer start(Vertx vertx) throws Exception {
        return vertx.createHttpServer().requestHandler(EchoUpstreams::echo)
                .listen(flaky.getPort(), flaky.getHost()).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }
}
