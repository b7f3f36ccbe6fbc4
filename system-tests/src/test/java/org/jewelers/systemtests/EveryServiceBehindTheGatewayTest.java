package org.jewelers.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each service's prefixes reach that service: whatever it answers, the gateway does not report it unreachable. And
 * no app's operations endpoints (metrics, the whole health report) are reached through the gateway, however the
 * path is spelled: they are on each app's management interface, which nothing routes.
 */
class EveryServiceBehindTheGatewayTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/career-areas", "/api/v1/members", "/api/v1/editions"})
    void theServiceAnswers(String path) {
        given().spec(RunningSystem.gateway()).get(path)
                .then().statusCode(lessThan(500));
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
}
