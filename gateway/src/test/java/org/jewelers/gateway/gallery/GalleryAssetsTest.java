package org.jewelers.gateway.gallery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GalleryAssetsTest {

    @Test
    void theGalleryPageIsServedLockedToThisOrigin() {
        given().get("/gallery/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", GalleryAssets.CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", GalleryAssets.CACHE_CONTROL)
                .body(containsString("<script src=\"gallery.js\""));
    }

    @Test
    void itsScriptWritesTextOnlyAsText() {
        given().get("/gallery/gallery.js")
                .then().statusCode(200)
                .contentType(containsString("javascript"))
                .header("Content-Security-Policy", GalleryAssets.CONTENT_SECURITY_POLICY)
                .body(containsString("/api/v1/editions?status=closed"))
                .body(not(containsString("innerHTML")));
    }

    @Test
    void theBarePathLeadsToThePage() {
        given().redirects().follow(false).get("/gallery")
                .then().statusCode(302)
                .header("Location", endsWith("/gallery/"));
    }
}
