package org.jewelers.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The operational endpoints every app answers: liveness, readiness and its OpenAPI document on its own port, and
 * everything else (metrics, the whole health report with each check's data) only on its management interface. An
 * app's test extends this class and adds {@code @QuarkusTest}; its committed OpenAPI document is
 * {@code openapi.yaml} in the module's folder.
 */
public abstract class ServiceEndpointsTests {

    @TestHTTPResource(value = "/", management = true)
    protected URI management;

    @Test
    void readyAndLiveOnItsOwnPort() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/health", "/q/health/well", "/q/health/started", "/q/health/group"})
    void operationsEndpointsAreNotOnItsOwnPort(String path) {
        given().get(path).then().statusCode(404);
    }

    @Test
    void theWholeHealthReportOnTheManagementInterface() {
        given().get(management.resolve("/q/health")).then().statusCode(200)
                .body("status", equalTo("UP"));
        given().get(management.resolve("/q/health/ready")).then().statusCode(200);
    }

    @Test
    void prometheusMetricsOnTheManagementInterface() {
        // Requests to /q/... are not counted; any application request is, even one that finds nothing.
        given().get("/api/v1/metrics-probe").then().statusCode(404);
        given().get(management.resolve("/q/metrics")).then().statusCode(200)
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
    void everyOperationHasAnOperationIdOfItsOwn() {
        OpenApiDocument.assertOperationIds(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths"));
    }

    @Test
    void committedOpenApiDocumentIsCurrent() {
        String served = given().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        OpenApiDocument.assertCommitted(served, Path.of("openapi.yaml"));
    }

    /** Tests run in the app's module directory, named as the changelog names the app's document. */
    @Test
    void theCommittedDocumentIsInTheFrontEndChangelog() {
        String module = Path.of("").toAbsolutePath().getFileName().toString();
        OpenApiDocument.assertInChangelog(Path.of("openapi.yaml"), module + "/openapi.yaml",
                Path.of("..", "docs", "api-changes.md"));
    }
}
