package org.jewelers.gateway.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmbedAssetsTest {

    @Test
    void anyPageMayLoadTheWidgetScript() {
        given().header("Origin", "https://partner.example").get("/embed/jeweler-search.js")
                .then().statusCode(200)
                .contentType(containsString("javascript"))
                .header("Access-Control-Allow-Origin", "*")
                .header("Cross-Origin-Resource-Policy", "cross-origin")
                .header("Cache-Control", EmbedAssets.CACHE_CONTROL)
                .body(containsString("customElements.define('jeweler-search'"));
    }

    @Test
    void theDemoPageIsServed() {
        given().get("/embed/demo.html")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<jeweler-search"));
    }
}
