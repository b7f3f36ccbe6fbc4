package org.jewelers.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.jewelers.testing.ServiceEndpointsTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ServiceEndpointsTest extends ServiceEndpointsTests {

    /**
     * The gateway routes only its services' /api/v1 prefixes, matched on the normalized path: a path that climbs out
     * of a prefix lands on the gateway's own port, where the operations endpoints are not.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/members/%2e%2e/%2e%2e/%2e%2e/q/metrics",
            "/api/v1/members/%2E%2E/%2E%2E/%2E%2E/q/health/well", "/api/v1/editions/%2e%2e/%2e%2e/%2e%2e/q/health",
            "/api/v1/jobs/%2e%2e/%2e%2e/%2e%2e/q/metrics", "//q/metrics", "/q/metrics/", "/q/health/well/"})
    void operationsEndpointsAreNotReachedThroughARouteOrAVariantOfTheirPath(String path) {
        given().urlEncodingEnabled(false).get(path).then().statusCode(404);
    }

    @Test
    void theCatalogueStaysOnThePublicPort() {
        given().get("/docs/").then().statusCode(200).body(containsString("/openapi/directory"));
        given().get("/q/openapi?format=json").then().statusCode(200);
    }

    @Test
    void upstreamStatesAreOnTheManagementInterface() {
        given().get(management.resolve("/q/health/well")).then().statusCode(200)
                .body(containsString("directory@127.0.0.1:"));
    }
}
