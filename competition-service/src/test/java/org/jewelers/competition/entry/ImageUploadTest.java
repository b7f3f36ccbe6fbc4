package org.jewelers.competition.entry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jewelers.competition.image.TestImages;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Entry images: recognised from their bytes, limited in size and pixels, stored without identifying metadata and
 * without recompression, with a thumbnail, and seen only by their entrant.
 */
@QuarkusTest
class ImageUploadTest {

    private static final String PROBLEMS = "https://jewelers.example/problems/";

    @Inject
    TestClock clock;

    private String entrant;
    private String entry;

    @BeforeEach
    void draft() {
        Fixtures.Edition edition = Fixtures.openCase();
        clock.fix(edition.duringWindow());
        entrant = Fixtures.entrant(UUID.randomUUID());
        entry = given().auth().oauth2(entrant).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "category", "retailer-up-to-2000"))
                .post("/api/v1/entries").then().statusCode(201).extract().path("id");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aPngNamedJpgIsStoredAsPng() throws Exception {
        byte[] png = TestImages.png(800, 600);
        Response created = Fixtures.upload(entrant, entry, png, "ring.jpg", "image/jpeg", "rendering");
        created.then().statusCode(201)
                .body("kind", equalTo("rendering"))
                .body("mediaType", equalTo("image/png"))
                .body("width", equalTo(800))
                .body("height", equalTo(600))
                .body("bytes", equalTo(png.length))
                .body("sha256", equalTo(sha256(png)));
        String location = created.header("Location");

        byte[] stored = given().auth().oauth2(entrant).get(location).then().statusCode(200)
                .contentType("image/png").header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertArrayEquals(png, stored, "a PNG without metadata is stored as it came");

        byte[] thumbnail = given().auth().oauth2(entrant).get(location + "/thumbnail").then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertEquals(320, small.getWidth());
        assertEquals(240, small.getHeight());

        given().auth().oauth2(entrant).get("/api/v1/entries/" + entry).then().statusCode(200)
                .body("images", hasSize(1))
                .body("images[0].mediaType", equalTo("image/png"))
                .body("images[0].sha256", equalTo(sha256(png)));
    }

    @Test
    void aTextFileNamedJpgIsRefused() {
        Fixtures.upload(entrant, entry, "Not a photo, just words.\n".repeat(20).getBytes(), "ring.jpg", "image/jpeg", "photo")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unsupported-media-type"));
        given().auth().oauth2(entrant).get("/api/v1/entries/" + entry).then().body("images", hasSize(0));
    }

    @Test
    void aFileOver10MiBIsRefusedWith413() {
        // 11 MiB: the whole body is over the limit, refused at the edge from its declared length (browsers and curl
        // declare the length of a form they upload).
        byte[] form = Fixtures.multipartForm("----entry-image-boundary", new byte[11 * 1024 * 1024], "huge.jpg", "photo");
        given().auth().oauth2(entrant).contentType("multipart/form-data; boundary=----entry-image-boundary").body(form)
                .post("/api/v1/entries/" + entry + "/images").then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "body-too-large"));
        // One byte over 10 MiB: the body fits the app's limit, the file does not fit the entry's.
        Fixtures.upload(entrant, entry, new byte[10 * 1024 * 1024 + 1], "large.jpg", "image/jpeg", "photo")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "body-too-large"));
        given().auth().oauth2(entrant).get("/api/v1/entries/" + entry).then().body("images", hasSize(0));
    }

    @Test
    void aSmallPngDeclaring20000By20000PixelsIsRefusedBeforeDecoding() {
        byte[] bomb = TestImages.decompressionBomb();
        assertTrue(bomb.length < 16 * 1024, "the bomb is small: " + bomb.length + " bytes");
        Fixtures.upload(entrant, entry, bomb, "bomb.png", "image/png", "photo")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unprocessable"));
    }

    @Test
    void aJpegCutOffInItsImageDataIsRefusedAndOneMissingOnlyItsEndMarkerIsTaken() {
        byte[] jpeg = TestImages.jpeg(640, 480);
        Fixtures.upload(entrant, entry, Arrays.copyOf(jpeg, jpeg.length / 2), "cut.jpg", "image/jpeg", "photo")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unprocessable"));
        given().auth().oauth2(entrant).get("/api/v1/entries/" + entry).then().body("images", hasSize(0));

        Fixtures.upload(entrant, entry, Arrays.copyOf(jpeg, jpeg.length - 2), "no-eoi.jpg", "image/jpeg",
                "photo").then().statusCode(201);
    }

    @Test
    void aJpegLosesItsMetadataButNotItsColourProfileOrItsCompressedData() {
        byte[] jpeg = TestImages.jpegWithMetadata();
        assertTrue(TestImages.contains(jpeg, TestImages.NAME));
        byte[] stored = stored(Fixtures.upload(entrant, entry, jpeg, "IMG_0042.JPG", "image/jpeg", "photo"), "image/jpeg");

        assertFalse(TestImages.contains(stored, TestImages.NAME), "no EXIF, XMP, IPTC or comment remains");
        assertFalse(TestImages.contains(stored, "Exif"));
        assertTrue(TestImages.contains(stored, "ICC_PROFILE"), "the colour profile is kept");
        assertArrayEquals(TestImages.scanData(jpeg), TestImages.scanData(stored), "the scan is copied, not recompressed");
    }

    @Test
    void aPngLosesItsTextAndExifChunksButNotItsColourProfile() {
        byte[] png = TestImages.pngWithMetadata();
        assertTrue(TestImages.contains(png, TestImages.NAME));
        byte[] stored = stored(Fixtures.upload(entrant, entry, png, "ring.png", "image/png", "photo"), "image/png");

        assertFalse(TestImages.contains(stored, TestImages.NAME));
        for (String chunk : new String[] {"tEXt", "iTXt", "zTXt", "eXIf"}) {
            assertFalse(TestImages.contains(stored, chunk), chunk);
        }
        assertTrue(TestImages.contains(stored, "iCCP"), "the colour profile is kept");
    }

    @Test
    void aWebpLosesItsExifAndXmpChunks() throws Exception {
        byte[] webp = TestImages.webpWithMetadata();
        assertTrue(TestImages.contains(webp, TestImages.NAME));
        byte[] stored = stored(Fixtures.upload(entrant, entry, webp, "ring.webp", "image/webp", "photo"), "image/webp");

        assertFalse(TestImages.contains(stored, TestImages.NAME));
        assertFalse(TestImages.contains(stored, "EXIF"));
        assertFalse(TestImages.contains(stored, "XMP "));
        assertTrue(TestImages.contains(stored, "ICCP"), "the colour profile is kept");
        assertEquals(stored.length - 8, (stored[4] & 0xFF) | (stored[5] & 0xFF) << 8 | (stored[6] & 0xFF) << 16
                | (stored[7] & 0xFF) << 24, "the RIFF size is the new one");
        assertEquals(0, stored[20] & 0x0C, "the EXIF and XMP flags are cleared");
    }

    @Test
    void aPdfLosesItsDocumentInformationAndXmp() throws Exception {
        byte[] pdf = TestImages.pdfWithMetadata();
        assertTrue(TestImages.contains(pdf, TestImages.NAME));
        Response created = Fixtures.upload(entrant, entry, pdf, "spec.pdf", "application/pdf", "rendering");
        created.then().statusCode(201).body("width", nullValue()).body("height", nullValue());
        byte[] stored = stored(created, "application/pdf");

        assertFalse(TestImages.contains(stored, TestImages.NAME));
        try (PDDocument document = Loader.loadPDF(stored)) {
            assertNull(document.getDocument().getTrailer().getDictionaryObject(COSName.INFO));
            assertNull(document.getDocumentCatalog().getMetadata());
            assertEquals(1, document.getNumberOfPages());
        }
        byte[] thumbnail = given().auth().oauth2(entrant).get(created.header("Location") + "/thumbnail").then()
                .statusCode(200).contentType("image/jpeg").extract().asByteArray();
        BufferedImage firstPage = ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertEquals(320, firstPage.getHeight(), "A4 is taller than wide");
    }

    @Test
    void aPdfLosesWhatRunsWhenItIsOpened() throws Exception {
        Response created = Fixtures.upload(entrant, entry, TestImages.pdfWithScripts(), "spec.pdf", "application/pdf",
                "rendering");
        created.then().statusCode(201);
        byte[] stored = stored(created, "application/pdf");

        assertFalse(TestImages.contains(stored, "/JavaScript"), "no script action is left");
        try (PDDocument document = Loader.loadPDF(stored)) {
            assertNull(document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.OPEN_ACTION));
            assertNull(document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.AA));
            assertNull(document.getPage(0).getCOSObject().getDictionaryObject(COSName.AA));
            assertTrue(document.getPage(0).getAnnotations().isEmpty(), "no annotation is kept, links included");
            assertEquals(1, document.getNumberOfPages());
        }
    }

    @Test
    void anEntryTakesUpTo6ImagesAndOnlyWhileADraft() {
        for (int i = 0; i < 6; i++) {
            Fixtures.upload(entrant, entry, TestImages.png(20 + i, 20), "p.png", "image/png", "photo").then().statusCode(201);
        }
        Fixtures.upload(entrant, entry, TestImages.png(30, 30), "p.png", "image/png", "photo").then().statusCode(409);
        String first = given().auth().oauth2(entrant).get("/api/v1/entries/" + entry).then()
                .body("images", hasSize(6)).body("images.width", equalTo(List.of(20, 21, 22, 23, 24, 25)))
                .body("version", equalTo(6)).extract().path("images[0].id");

        given().auth().oauth2(entrant).delete("/api/v1/entries/" + entry + "/images/" + first).then().statusCode(204);
        given().auth().oauth2(entrant).delete("/api/v1/entries/" + entry + "/images/" + first).then().statusCode(404);
        given().auth().oauth2(entrant).get("/api/v1/entries/" + entry + "/images/" + first).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(entrant).get("/api/v1/entries/" + entry).then()
                .body("images", hasSize(5)).body("version", equalTo(7));

        Fixtures.upload(entrant, entry, TestImages.png(30, 30), "p.png", "image/png", "sketch").then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        given().auth().oauth2(entrant).multiPart("kind", "photo").post("/api/v1/entries/" + entry + "/images")
                .then().statusCode(400).body("errors.field", hasItem("file"));
    }

    @Test
    void anotherEntrantsEntryAnswers404() {
        String location = Fixtures.upload(entrant, entry, TestImages.png(30, 30), "p.png", "image/png", "photo")
                .then().statusCode(201).extract().header("Location");
        String other = Fixtures.entrant(UUID.randomUUID());
        Fixtures.upload(other, entry, TestImages.png(30, 30), "p.png", "image/png", "photo").then().statusCode(404);
        given().auth().oauth2(other).get(location).then().statusCode(404);
        given().auth().oauth2(other).get(location + "/thumbnail").then().statusCode(404);
        given().auth().oauth2(other).delete(location).then().statusCode(404);
        given().auth().oauth2(Tokens.staff()).get(location).then().statusCode(403);
        given().get(location).then().statusCode(401);
        given().auth().oauth2(entrant).get(location).then().statusCode(200);
    }

    @Test
    void staffOpenAnEntryWithItsFilesAndThumbnails() {
        String imageId = Fixtures.upload(entrant, entry, TestImages.jpeg(900, 600), "p.jpg", "image/jpeg", "photo")
                .then().statusCode(201).extract().path("id");
        String staff = Tokens.staff();
        given().auth().oauth2(staff).get("/api/v1/review/entries/" + entry).then().statusCode(200)
                .body("images.id", equalTo(List.of(imageId)))
                .body("images[0].kind", equalTo("photo"));
        String file = "/api/v1/review/entries/" + entry + "/images/" + imageId;
        given().auth().oauth2(staff).get(file).then().statusCode(200).contentType("image/jpeg");
        given().auth().oauth2(staff).get(file + "/thumbnail").then().statusCode(200).contentType("image/jpeg");
        given().auth().oauth2(staff).get("/api/v1/review/entries/" + entry + "/images/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(entrant).get(file).then().statusCode(403);
    }

    /** The stored file of a just-uploaded image, checked against the checksum the upload answered. */
    private byte[] stored(Response created, String mediaType) {
        String sha256 = created.then().statusCode(201).body("mediaType", equalTo(mediaType)).extract().path("sha256");
        byte[] stored = given().auth().oauth2(entrant).get(created.header("Location")).then().statusCode(200)
                .contentType(mediaType).extract().asByteArray();
        assertEquals(sha256, sha256(stored));
        given().auth().oauth2(entrant).get(created.header("Location") + "/thumbnail").then().statusCode(200)
                .contentType("image/jpeg");
        return stored;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
