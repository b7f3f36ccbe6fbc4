package org.jewelers.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The operational endpoints every app answers on its own port. An app's test extends this class and adds
 * {@code @QuarkusTest}; its committed OpenAPI document is {@code openapi.yaml} in the module's folder.
 */
public abstract class ServiceEndpointsTests {

    @Test
    void readyAndLive() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetrics() {
        // Requests to /q/... are not counted; any application request is, even one that finds nothing.
        given().get("/api/v1/metrics-probe").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", not(emptyOrNullString()))
                .body("info.version", not(emptyOrNullString()))
                .body("info.description", not(emptyOrNullString()));
    }

    @Test
    void committedOpenApiDocumentIsCurrent() {
        String served = given().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        OpenApiDocument.assertCommitted(served, Path.of("openapi.yaml"));
    }
}
