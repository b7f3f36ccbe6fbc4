package org.jewelers.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.lessThan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each service's prefixes reach that service: whatever it answers, the gateway does not report it unreachable. */
class EveryServiceBehindTheGatewayTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/career-areas", "/api/v1/members", "/api/v1/editions"})
    void theServiceAnswers(String path) {
        given().spec(RunningSystem.gateway()).get(path)
                .then().statusCode(lessThan(500));
    }
}
