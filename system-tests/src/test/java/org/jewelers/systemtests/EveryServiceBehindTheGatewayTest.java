package org.jewelers.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jewelers.devstack.App;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each service's prefixes reach that service. The gateway answers an address it does not route with the same 404
 * problem+json a service gives, so neither the status nor the body tells who answered; the service's own access log
 * does: the request id the caller chose is there only if the request reached it. And no app's operations endpoints
 * (metrics, the whole health report) are reached through the gateway, however the path is spelled: they are on each
 * app's management interface, which nothing routes.
 */
class EveryServiceBehindTheGatewayTest {

    /** Every prefix the gateway must route, with the service that owns it. */
    static Stream<Arguments> prefixes() {
        return Stream.of(
                routes(App.CAREERS, "/api/v1/career-areas", "/api/v1/career-profiles", "/api/v1/articles",
                        "/api/v1/programs", "/api/v1/jobs", "/api/v1/search"),
                routes(App.DIRECTORY, "/api/v1/members", "/api/v1/services", "/api/v1/roster-imports"),
                routes(App.COMPETITION, "/api/v1/editions", "/api/v1/entries", "/api/v1/nominations",
                        "/api/v1/review", "/api/v1/rounds", "/api/v1/judging", "/api/v1/notices",
                        "/api/v1/checkouts", "/api/v1/payments"))
                .flatMap(routes -> routes);
    }

    @ParameterizedTest
    @MethodSource("prefixes")
    void eachPrefixReachesItsService(App service, String prefix) {
        String id = "routing-" + UUID.randomUUID();
        // Whatever the service answers at the bare prefix (a page, 401 without a token, 404 or 405), it answers.
        given().spec(RunningSystem.gateway()).header("X-Request-Id", id).get(prefix)
                .then().statusCode(lessThan(500));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Files.readString(RunningSystem.logOf(service.module())).contains("requestId=" + id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/career-areas", "/api/v1/members", "/api/v1/editions"})
    void eachServicesPublicListAnswersAPage(String path) {
        given().spec(RunningSystem.gateway()).get(path)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("items", instanceOf(List.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/health", "/q/health/well", "/q/health/started",
            "/api/v1/members/%2e%2e/%2e%2e/%2e%2e/q/metrics", "/api/v1/members/..%2f..%2f..%2fq%2fmetrics",
            "/api/v1/career-areas/..%2F..%2F..%2Fq/health", "/api/v1/editions/%2e%2e%2f%2e%2e%2f%2e%2e%2fq/metrics",
            "/api/v1/services/..;/..;/..;/q/metrics"})
    void noOperationsEndpointIsReachedThroughTheGateway(String path) {
        given().spec(RunningSystem.gateway()).urlEncodingEnabled(false).get(path)
                .then().statusCode(oneOf(400, 404))
                .body(not(containsString("jvm_memory")))
                .body(not(containsString("\"checks\"")));
    }

    private static Stream<Arguments> routes(App service, String... prefixes) {
        return Stream.of(prefixes).map(prefix -> arguments(service, prefix));
    }
}
