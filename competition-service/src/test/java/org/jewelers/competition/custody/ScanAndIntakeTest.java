package org.jewelers.competition.custody;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.jewelers.competition.custody.CustodyFixtures.PROBLEM;
import static org.jewelers.competition.custody.CustodyFixtures.desk;
import static org.jewelers.competition.custody.CustodyFixtures.finals;
import static org.jewelers.competition.custody.CustodyFixtures.mine;
import static org.jewelers.competition.custody.CustodyFixtures.own;
import static org.jewelers.competition.custody.CustodyFixtures.refused;
import static org.jewelers.competition.custody.CustodyFixtures.returnShipment;
import static org.jewelers.competition.custody.CustodyFixtures.shipment;
import static org.jewelers.competition.custody.CustodyFixtures.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jewelers.competition.custody.CustodyFixtures.Finals;
import org.jewelers.competition.entry.AcceptedEntries.Seeded;
import org.jewelers.competition.image.EntryFile;
import org.jewelers.competition.image.TestImages;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A piece's packing slip, its receipt by scanning the slip, and what staff add while they hold the piece. */
@QuarkusTest
class ScanAndIntakeTest {

    private static final String SCAN = "/api/v1/review/custody/scan/";

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void thePackingSlipsQrCodeScannedRecordsTheReceiptOfItsPieceOnly() throws Exception {
        Finals finals = finals(clock, firms, 2);
        Seeded first = finals.finalists().get(0);
        Seeded second = finals.finalists().get(1);
        for (Seeded piece : finals.finalists()) {
            own(piece).contentType(ContentType.JSON).body(shipment(150_000)).post(mine(piece) + "/shipment").then()
                    .statusCode(200);
        }

        byte[] pdf = own(second).get(mine(second) + "/packing-slip.pdf").then().statusCode(200)
                .contentType("application/pdf").header("Cache-Control", containsString("no-store"))
                .extract().asByteArray();
        given().auth().oauth2(first.token()).get(mine(second) + "/packing-slip.pdf").then().statusCode(404);
        String code;
        try (PDDocument slip = Loader.loadPDF(pdf)) {
            assertEquals(1, slip.getNumberOfPages());
            String text = new PDFTextStripper().getText(slip);
            assertTrue(text.contains("JA, 120 Broadway, New York"), text);
            assertTrue(text.contains(second.entryId()), text);
            BufferedImage page = new PDFRenderer(slip).renderImageWithDPI(0, 150, ImageType.GRAY);
            code = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page)))).getText();
            // The code is printed in groups of four for a person to type when no scanner reads it.
            assertTrue(text.contains(String.join(" ", code.split("(?<=\\G.{4})"))), text);
        }
        staff().get(desk(second)).then().body("scanCode", equalTo(code));

        staff().post(SCAN + code).then().statusCode(200).body("entryId", equalTo(second.entryId()))
                .body("state", equalTo("received"));
        staff().get(desk(first)).then().body("state", equalTo("shipped"));
        // A scanner's retry records nothing twice; once the piece moves on, its slip no longer receives it.
        staff().post(SCAN + code).then().statusCode(200).body("state", equalTo("received"));
        staff().queryParam("entryId", second.entryId()).get(finals.custody() + "/log").then().statusCode(200)
                .body("items.action", equalTo(List.of("requested", "shipped", "received")))
                .body("items[2].details.scanned", equalTo(true));
        staff().post(desk(second) + "/judging").then().statusCode(200);
        refused(staff().post(SCAN + code), "in-judging");

        staff().post(SCAN + "not-a-code").then().statusCode(400).contentType(PROBLEM);
        staff().post(SCAN + "0".repeat(32)).then().statusCode(404).contentType(PROBLEM);
        own(first).post(SCAN + code).then().statusCode(403);
        staff().get(finals.custody() + "/verify").then().statusCode(200).body("ok", equalTo(true));
    }

    @Test
    void staffNoteConditionPlaceAndPhotosOfAPieceTheyHoldAndTheEntrantIsTold() throws Exception {
        Finals finals = finals(clock, firms, 1);
        Seeded piece = finals.finalists().get(0);
        String email = piece.secrets().get(2);
        // The finalist notice carries the shipping instructions.
        staff().queryParam("kind", "finalist").queryParam("subjectId", piece.entryId())
                .get("/api/v1/review/notices/preview").then().statusCode(200)
                .body("text", containsString("Ship it to: JA, 120 Broadway, New York"))
                .body("text", containsString("$5,000.00"));

        // Nothing can be noted or photographed before the piece is received.
        refused(staff().contentType(ContentType.JSON).body(Map.of("storageLocation", "Vault A"))
                .patch(desk(piece) + "/receipt"), "requested");
        refused(staff().multiPart("file", "ring.jpg", TestImages.jpeg(64, 48), "image/jpeg")
                .post(desk(piece) + "/photos"), "requested");
        own(piece).contentType(ContentType.JSON).body(shipment(80_000)).post(mine(piece) + "/shipment").then()
                .statusCode(200);
        String code = staff().get(desk(piece)).then().extract().path("scanCode");
        staff().post("/api/v1/review/custody/scan/" + code).then().statusCode(200);

        staff().contentType(ContentType.JSON).body(Map.of()).patch(desk(piece) + "/receipt").then().statusCode(400)
                .contentType(PROBLEM);
        staff().contentType(ContentType.JSON).body(Map.of("storageLocation", " ")).patch(desk(piece) + "/receipt")
                .then().statusCode(400).contentType(PROBLEM);
        staff().contentType(ContentType.JSON).body(Map.of("conditionNotes", "Clasp loose"))
                .patch(desk(piece) + "/receipt").then().statusCode(200).body("conditionNotes", equalTo("Clasp loose"));
        staff().contentType(ContentType.JSON).body(Map.of("storageLocation", "Vault C, drawer 2"))
                .patch(desk(piece) + "/receipt").then().statusCode(200)
                .body("storageLocation", equalTo("Vault C, drawer 2")).body("conditionNotes", equalTo("Clasp loose"));

        byte[] jpeg = TestImages.jpegWithMetadata();
        JsonPath photo = staff().multiPart("file", "IMG_0001.jpg", jpeg, "image/jpeg").post(desk(piece) + "/photos")
                .then().statusCode(201).body("mediaType", equalTo("image/jpeg")).extract().jsonPath();
        String photoId = photo.getString("id");
        byte[] stored = staff().get(desk(piece) + "/photos/" + photoId).then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        assertEquals(photo.getString("sha256"),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored)));
        assertTrue(!TestImages.contains(stored, TestImages.NAME), "the photo's metadata is stripped");
        staff().get(desk(piece) + "/photos/" + photoId + "/thumbnail").then().statusCode(200).contentType("image/jpeg");
        staff().multiPart("file", "huge.jpg", new byte[(int) EntryFile.MAX_BYTES + 1], "image/jpeg")
                .post(desk(piece) + "/photos").then().statusCode(413).contentType(PROBLEM);
        staff().multiPart("file", "plan.pdf", TestImages.pdfWithMetadata(), "application/pdf")
                .post(desk(piece) + "/photos").then().statusCode(415).contentType(PROBLEM);
        for (int i = 2; i <= IntakePhotos.MAX_PER_PIECE; i++) {
            staff().multiPart("file", "side.png", TestImages.png(8, 8), "image/png").post(desk(piece) + "/photos")
                    .then().statusCode(201).body("position", equalTo(i));
        }
        staff().multiPart("file", "one-too-many.png", TestImages.png(8, 8), "image/png").post(desk(piece) + "/photos")
                .then().statusCode(409).contentType(PROBLEM);
        staff().get(desk(piece)).then().statusCode(200).body("photos.size()", equalTo(IntakePhotos.MAX_PER_PIECE))
                .body("photos[0].sha256", equalTo(photo.getString("sha256")));
        own(piece).get(mine(piece)).then().statusCode(200).body("$", not(hasKey("photos")));
        staff().get(desk(piece) + "/photos/" + UUID.randomUUID())
                .then().statusCode(404);
        staff().queryParam("entryId", piece.entryId()).get(finals.custody() + "/log").then().statusCode(200)
                .body("items.action", hasItem("moved")).body("items.action", hasItem("noted"))
                .body("items.findAll { it.action == 'photographed' }.size()", equalTo(IntakePhotos.MAX_PER_PIECE))
                .body("items.find { it.action == 'photographed' }.details.sha256", equalTo(photo.getString("sha256")));

        staff().post(desk(piece) + "/judging").then().statusCode(200);
        staff().post(desk(piece) + "/judged").then().statusCode(200);
        staff().contentType(ContentType.JSON).body(returnShipment()).post(desk(piece) + "/return-shipment").then()
                .statusCode(200);
        refused(staff().contentType(ContentType.JSON).body(Map.of("storageLocation", "Vault A"))
                .patch(desk(piece) + "/receipt"), "returning");

        // The entrant heard of the receipt and of the return, once each.
        staff().queryParam("recipient", email).get("/api/v1/review/notices").then().statusCode(200)
                .body("items.findAll { it.kind == 'custody-received' }.size()", equalTo(1))
                .body("items.findAll { it.kind == 'custody-return-shipped' }.size()", equalTo(1));
        staff().queryParam("kind", "custody-return-shipped").queryParam("subjectId", piece.entryId())
                .get("/api/v1/review/notices/preview").then().statusCode(200)
                .body("text", containsString("1Z999AA10123456784"));
        staff().get(finals.custody() + "/verify").then().statusCode(200).body("ok", equalTo(true));
    }
}
