package org.jewelers.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CircuitBreakerTest {

    @ConfigProperty(name = "gateway.upstreams.flaky.url")
    URI flaky;

    @TestHTTPResource("/")
    URI gateway;

    @TestHTTPResource(value = "/", management = true)
    URI management;

    @Test
    void aServiceThatKeepsBreakingOffIsAnsweredFastWhileOtherRoutesWorkAndItIsCalledAgainWhenItRecovers()
            throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            // It says it is ready, and hangs up on every request before answering.
            HttpServer service = start(vertx, request -> {
                if (request.path().equals("/q/health/ready")) {
                    request.response().end("{\"status\":\"UP\"}");
                } else {
                    request.connection().close();
                }
            });
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    well().body("checks[0].data.flaky", equalTo("closed")));
            for (int i = 0; i < 5; i++) {
                given().contentType("text/plain").body("write").post("/api/v1/flaky/things").then().statusCode(503)
                        .contentType("application/problem+json").time(lessThan(2_000L))
                        .body("detail", containsString("broke off"));
            }
            given().get("/api/v1/flaky/things").then().statusCode(503)
                    .time(lessThan(500L))
                    .body("detail", containsString("not calling it"));
            // Open for 1 s in the tests: on a busy machine the check may already find it ready for a trial.
            well().body("checks[0].data.flaky", oneOf("open", "half_open"));
            given().get("/q/health/ready").then().statusCode(200);
            given().get("/api/v1/members").then().statusCode(200);

            service.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            start(vertx, EchoUpstreams::echo);
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    given().get("/api/v1/flaky/things").then().statusCode(200));
            well().body("checks[0].data.flaky", equalTo("closed"));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aCallerThatHangsUpIsNotHeldAgainstTheService() throws Exception {
        // The silent service accepts requests and never answers; callers give up long before its timeout.
        List<Socket> callers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Socket caller = new Socket(gateway.getHost(), gateway.getPort());
                caller.getOutputStream().write(("GET /api/v1/silent/things?caller=" + i + " HTTP/1.1\r\nHost: "
                        + gateway.getHost() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                callers.add(caller);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> inFlight("silent") == callers.size());
        } finally {
            for (Socket caller : callers) {
                caller.close();
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> inFlight("silent") == 0);
        well().body("checks[0].data.silent", equalTo("closed"));
    }

    private ValidatableResponse well() {
        return given().get(management.resolve("/q/health/well")).then().statusCode(200);
    }

    private double inFlight(String service) {
        String metrics = given().get(management.resolve("/q/metrics")).then().statusCode(200).extract().asString();
        Matcher gauge = Pattern.compile("gateway_upstream_in_flight\\{service=\"" + service + "\"} ([0-9.E]+)")
                .matcher(metrics);
        return gauge.find() ? Double.parseDouble(gauge.group(1)) : -1;
    }

    private HttpServer start(Vertx vertx, Handler<HttpServerRequest> handler) throws Exception {
        return vertx.createHttpServer().requestHandler(handler)
                .listen(flaky.getPort(), flaky.getHost()).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }
}
