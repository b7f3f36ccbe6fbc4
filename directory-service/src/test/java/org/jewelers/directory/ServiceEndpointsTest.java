package org.jewelers.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.jewelers.testing.OpenApiDocument;
import org.junit.jupiter.api.Test;

/** The operational endpoints every service answers on its own port. */
@QuarkusTest
class ServiceEndpointsTest {

    @Test
    void readyAndLive() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetrics() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }

    @Test
    void committedOpenApiDocumentIsCurrent() {
        String served = given().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        OpenApiDocument.assertCommitted(served, Path.of("openapi.yaml"));
    }
}
