package org.jewelers.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A visitor asking for a service that has not started yet, as one did while ./run.sh started the system: the
 * service is held back (nothing listens on its port), then listens while its readiness is still down, then is ready.
 */
@QuarkusTest
class StartingServiceTest {

    @ConfigProperty(name = "gateway.upstreams.starting.url")
    URI starting;

    @TestHTTPResource(value = "/", management = true)
    URI management;

    @Test
    void aServiceStillStartingIsAnswered503WithRetryAfterWithoutOpeningItsBreakerAndIsCalledOnceReady()
            throws Exception {
        // Far more requests than the breaker's threshold of 5 consecutive failures.
        for (int i = 0; i < 12; i++) {
            notReadyAnswer();
        }
        assertEquals("not_ready", instanceState(), "starting is not failing: its breaker stays closed");

        Vertx vertx = Vertx.vertx();
        try {
            AtomicBoolean ready = new AtomicBoolean();
            AtomicInteger askedReadiness = new AtomicInteger();
            AtomicInteger apiRequests = new AtomicInteger();
            vertx.createHttpServer().requestHandler(request -> {
                if (request.path().equals("/q/health/ready")) {
                    askedReadiness.incrementAndGet();
                    request.response().setStatusCode(ready.get() ? 200 : 503).end("{\"status\":\"DOWN\"}");
                } else {
                    apiRequests.incrementAndGet();
                    EchoUpstreams.echo(request);
                }
            }).listen(starting.getPort(), starting.getHost()).toCompletionStage().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);

            // Listening, but saying it is not ready: the gateway asks it, and sends it nothing else.
            await().atMost(Duration.ofSeconds(10)).until(() -> askedReadiness.get() >= 2);
            for (int i = 0; i < 5; i++) {
                notReadyAnswer();
            }
            assertEquals(0, apiRequests.get(), "no request reached the service before it said it was ready");

            ready.set(true);
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    given().get("/api/v1/starting/things").then().statusCode(200).header("X-Upstream", "echo"));
            assertEquals("closed", instanceState());
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private static void notReadyAnswer() {
        given().get("/api/v1/starting/things").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", equalTo("https://jewelers.example/problems/unavailable"))
                .body("detail", containsString("not ready"));
    }

    private String instanceState() {
        String name = "starting@" + starting.getHost() + ":" + starting.getPort();
        return given().get(management.resolve("/q/health/well")).then().statusCode(200)
                .extract().path("checks[0].data.'" + name + "'");
    }
}
