package org.jewelers.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A CASE Awards winner, end to end through the gateway: a member firm's entrant submits a piece, staff accept it,
 * the finals confirm it a winner, and the directory's listing of the firm then shows the honor (competition ->
 * directory through Kafka), while the edition's public results list the winner.
 */
class CaseAwardsScenarioTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String CATEGORY = "retailer-up-to-2000";

    @Test
    void theWinnersListingShowsTheHonorAndThePublicResultsShowTheWinner() throws IOException {
        String staff = RunningSystem.tokens().staff();
        String member = given().spec(RunningSystem.gateway()).auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("number", "JA-700201", "name", "Award Scenario Jewelers", "kind", "retailer",
                        "locations", List.of(Map.of("address", "1 Prize Street", "city", "Providence",
                                "state", "RI", "zip", "02903"))))
                .post("/api/v1/members").then().statusCode(201).extract().path("id");
        LocalDate today = LocalDate.now();
        String edition = given().spec(RunningSystem.gateway()).auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("program", "case-awards", "year", 2199, "title", "CASE Awards scenario",
                        "timeZone", "America/New_York", "opens", today.minusDays(1) + "T00:00",
                        "closes", today.plusDays(30) + "T23:59",
                        // Published as soon as the winners are confirmed: the results are public from this time.
                        "resultsPublish", today.minusDays(1) + "T00:00",
                        "categories", List.of(Map.of("code", CATEGORY, "name", "Retailer, up to $2,000",
                                "division", "retailer", "minValueCents", 0, "maxValueCents", 200_000))))
                .post("/api/v1/editions").then().statusCode(201).extract().path("id");

        String entrant = RunningSystem.tokens().mint("scenario-entrant", "entrant", member);
        String entry = given().spec(RunningSystem.gateway()).auth().oauth2(entrant).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition, "category", CATEGORY, "title", "Harbor Light Pendant",
                        "description", "A pendant that catches light like a harbor at dusk.",
                        "materialsAndTechniques", "Sterling silver, hand-pierced; moonstone",
                        "retailValueCents", 180_000, "noMakersMarkVisible", true))
                .post("/api/v1/entries").then().statusCode(201).extract().path("id");
        given().spec(RunningSystem.gateway()).auth().oauth2(entrant)
                .multiPart("file", "pendant.png", png(), "image/png").multiPart("kind", "photo")
                .post("/api/v1/entries/" + entry + "/images").then().statusCode(201);
        // The competition learns of the firm's good standing from the directory's events, then takes the submit.
        await().atMost(PATIENCE).until(() -> given().spec(RunningSystem.gateway()).auth().oauth2(entrant)
                .contentType(ContentType.JSON).header("Idempotency-Key", "scenario-" + entry)
                .post("/api/v1/entries/" + entry + "/submit").then().extract().statusCode() == 200);
        given().spec(RunningSystem.gateway()).auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("eligible", true))
                .post("/api/v1/review/entries/" + entry + "/screening").then().statusCode(200);

        Instant now = Instant.now();
        String finals = given().spec(RunningSystem.gateway()).auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition, "stage", "finals",
                        "opens", now.minus(Duration.ofHours(2)).toString(), "closes", now.minus(Duration.ofHours(1)).toString()))
                .post("/api/v1/rounds").then().statusCode(201).extract().path("id");
        given().spec(RunningSystem.gateway()).auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("entryIds", List.of(entry)))
                .put("/api/v1/rounds/" + finals + "/finalists").then().statusCode(200);
        given().spec(RunningSystem.gateway()).auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("winners", List.of(Map.of("category", CATEGORY, "entryId", entry))))
                .post("/api/v1/rounds/" + finals + "/winners").then().statusCode(200);

        given().spec(RunningSystem.gateway()).get("/api/v1/editions/" + edition + "/results").then().statusCode(200)
                .body("categories.find { it.code == '" + CATEGORY + "' }.winner.entryId", equalTo(entry))
                .body("categories.find { it.code == '" + CATEGORY + "' }.winner.pieceTitle", equalTo("Harbor Light Pendant"))
                .body("categories.find { it.code == '" + CATEGORY + "' }.winner.firmName", equalTo("Award Scenario Jewelers"))
                .body("categories.find { it.code == '" + CATEGORY + "' }.winner.city", equalTo("Providence"));
        await().atMost(PATIENCE).untilAsserted(() -> given().spec(RunningSystem.gateway())
                .get("/api/v1/members/" + member).then().statusCode(200)
                .body("honors.size()", equalTo(1))
                .body("honors[0].program", equalTo("case-awards")));
        given().spec(RunningSystem.gateway()).queryParam("honor", "case-awards").queryParam("q", "Award Scenario Jewelers")
                .get("/api/v1/members").then().statusCode(200).body("items.member.id", hasItem(member));
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xC0A060);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
