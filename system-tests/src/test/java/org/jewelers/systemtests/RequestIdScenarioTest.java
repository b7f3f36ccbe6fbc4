package org.jewelers.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One request id follows a request from the caller through the gateway into the service that answered it. */
class RequestIdScenarioTest {

    @Test
    void theCallersRequestIdIsInTheGatewaysAndTheServicesLogs() {
        String id = "system-test-" + UUID.randomUUID();
        given().spec(RunningSystem.gateway()).header("X-Request-Id", id).queryParam("size", 1)
                .get("/api/v1/members")
                .then().statusCode(200).header("X-Request-Id", equalTo(id));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Files.readString(RunningSystem.logOf("gateway")).contains("requestId=" + id)
                        && Files.readString(RunningSystem.logOf("directory-service")).contains("requestId=" + id));
    }

    @Test
    void aRequestWithoutOneGetsOne() {
        given().spec(RunningSystem.gateway()).get("/api/v1/editions")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
