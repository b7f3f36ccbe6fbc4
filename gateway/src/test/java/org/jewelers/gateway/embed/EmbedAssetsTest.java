package org.jewelers.gateway.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The widget's map imports Leaflet from the path it names; a WebJar of another version would break it here. */
    @Test
    void anyPageMayLoadTheLeafletTheWidgetImports() {
        String widget = given().get("/embed/jeweler-search.js").then().statusCode(200).extract().asString();
        Matcher leaflet = Pattern.compile("const LEAFLET = `\\$\\{API}(/webjars/leaflet/[^`]+)`").matcher(widget);
        assertTrue(leaflet.find(), "the widget names where Leaflet is");
        given().header("Origin", "https://partner.example").get(leaflet.group(1) + "/leaflet-src.esm.js")
                .then().statusCode(200)
                .contentType(containsString("javascript"))
                .header("Access-Control-Allow-Origin", "*")
                .header("Cross-Origin-Resource-Policy", "cross-origin")
                .header("Cache-Control", EmbedAssets.VERSIONED_CACHE_CONTROL)
                .body(containsString("export {"));
        given().get(leaflet.group(1) + "/leaflet.css").then().statusCode(200)
                .contentType(containsString("css"))
                .header("Access-Control-Allow-Origin", "*");
    }
}
