package org.jewelers.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The Host header is whatever the caller sends: no URL the gateway writes may take it up. */
@QuarkusTest
class ForeignHostTest {

    private static final String FOREIGN = "attacker.example";

    @Test
    void aCreatedKeysLocationStartsWithThePublicBaseUrl() {
        String location = given().header("Host", FOREIGN).auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", "Foreign host", "allowedOrigins", List.of("*"),
                        "requestsPerMinute", 10, "requestsPerDay", 100))
                .post("/api/v1/api-keys")
                .then().statusCode(201).extract().header("Location");
        assertFalse(location.contains(FOREIGN), "Location " + location);
        assertTrue(location.startsWith(publicBaseUrl() + "/api/v1/api-keys/"), "Location " + location);
    }

    @Test
    void theCatalogueSendsTryItOutToThePublicBaseUrl() {
        String server = given().header("Host", FOREIGN).get("/openapi/directory")
                .then().statusCode(200).extract().path("servers[0].url");
        assertFalse(server.contains(FOREIGN), "servers[0].url " + server);
        assertEquals(publicBaseUrl(), server);
    }

    private static String publicBaseUrl() {
        return ConfigProvider.getConfig().getValue("web.public-base-url", String.class);
    }
}
