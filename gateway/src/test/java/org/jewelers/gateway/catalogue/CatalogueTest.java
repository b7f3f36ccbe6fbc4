package org.jewelers.gateway.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogueTest {

    @Test
    void aServicesDocumentIsFetchedFromItAndPointsTryItOutAtTheGateway() {
        // The directory's test stand-in echoes the request, which shows what the gateway asked for.
        // Its servers: the public base URL (ForeignHostTest).
        given().get("/openapi/directory")
                .then().statusCode(200)
                .contentType("application/json")
                .body("uri", equalTo("/q/openapi?format=json"))
                .body("servers[0].description", equalTo("The association's gateway"));
    }

    @Test
    void anUnknownServiceIsNotFound() {
        given().get("/openapi/billing").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("directory"));
    }

    @Test
    void aServiceThatIsDownAnswers503() {
        given().get("/openapi/competition").then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void theCatalogueListsEveryService() {
        given().get("/docs/").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("/openapi/directory"))
                .body(containsString("/openapi/careers"))
                .body(containsString("/openapi/competition"));
    }
}
