package org.jewelers.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jewelers.contracts.Topics;
import org.jewelers.testing.TopicReader;
import org.jewelers.testing.TopicWriter;
import org.junit.jupiter.api.Test;

/**
 * A 20 Under 40 honoree, end to end through the gateway: a colleague nominates her, she consents from the email the
 * competition sent, staff screen the nomination and confirm her an honoree, and careers drafts one spotlight story
 * about her (competition -> careers through Kafka). The award event delivered a second time, as the broker may
 * after a failure, does not draft a second story.
 */
class HonoreeSpotlightScenarioTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void aConfirmedHonoreeGetsOneDraftSpotlightHoweverOftenTheAwardArrives() throws IOException {
        String staff = RunningSystem.tokens().staff();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String firmName = "Spotlight Scenario Jewelers " + suffix;
        String member = given().spec(RunningSystem.gateway()).auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("number", "JA-S" + suffix.toUpperCase(), "name", firmName, "kind", "retailer",
                        "locations", List.of(Map.of("address", "12 Main Street", "city", "Missoula",
                                "state", "MT", "zip", "59801"))))
                .post("/api/v1/members").then().statusCode(201).extract().path("id");
        String edition = openTwentyUnderForty(staff);

        String honoree = "Amara Okafor-" + suffix;
        String honoreeEmail = "amara-" + suffix + "@example.com";
        String colleague = RunningSystem.tokens().mint("spotlight-colleague-" + suffix, "entrant", member);
        String nomination = given().spec(RunningSystem.gateway()).auth().oauth2(colleague)
                .contentType(ContentType.JSON).body(Map.of("editionId", edition, "nominatedBy", "colleague",
                        "nomineeName", honoree, "nomineeEmail", honoreeEmail,
                        "dateOfBirth", LocalDate.now().minusYears(31).toString(), "jobTitle", "Director of E-commerce",
                        "fullTime", true, "yearsInIndustry", 7, "attested", true,
                        "essays", Map.of("achievements", "Took the store's bridal line online in a season.",
                                "contribution", "Mentors new sales associates through JA certification.",
                                "vision", "Every customer can trace the metal in their ring.")))
                .post("/api/v1/nominations").then().statusCode(201).extract().path("id");
        given().spec(RunningSystem.gateway()).auth().oauth2(colleague)
                .multiPart("file", "amara.png", png(), "image/png")
                .put("/api/v1/nominations/" + nomination + "/photo").then().statusCode(200);
        // The competition learns of the new firm's good standing from the directory's events, then takes the submit.
        await().atMost(PATIENCE).until(() -> given().spec(RunningSystem.gateway()).auth().oauth2(colleague)
                .post("/api/v1/nominations/" + nomination + "/submit").then().extract().statusCode() == 200);

        CompetitionDesk.consent(honoreeEmail, false);
        given().spec(RunningSystem.gateway()).auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("eligible", true))
                .post("/api/v1/review/nominations/" + nomination + "/screening").then().statusCode(200);
        String dossier = given().spec(RunningSystem.gateway()).auth().oauth2(staff)
                .get("/api/v1/review/nominations/" + nomination).then().statusCode(200).extract().path("dossierId");
        // No round of this edition has closed, so no standings place the nominee: the confirmation says why.
        Map<String, String> choice = Map.of("citation", "Leads the store's custom design studio.",
                "reason", "Confirmed without a judging round in this scenario");
        String award = given().spec(RunningSystem.gateway()).auth().oauth2(staff).contentType(ContentType.JSON)
                .body(choice).post("/api/v1/review/dossiers/" + dossier + "/honoree").then().statusCode(201)
                .extract().path("awardId");

        await().atMost(PATIENCE).until(() -> spotlightsOf(honoree).size() == 1);
        Map<String, Object> draft = spotlightsOf(honoree).get(0);
        assertEquals("draft", draft.get("state"));
        given().spec(RunningSystem.gateway()).auth().oauth2(staff).get("/api/v1/articles/" + draft.get("id"))
                .then().statusCode(200).body("awardId", equalTo(award)).body("kind", equalTo("story"));
        given().spec(RunningSystem.gateway()).get("/api/v1/articles/" + draft.get("slug")).then().statusCode(404);

        redeliver(award);
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15))
                .until(() -> spotlightsOf(honoree).size() == 1);
        given().spec(RunningSystem.gateway()).auth().oauth2(staff).contentType(ContentType.JSON)
                .body(choice).post("/api/v1/review/dossiers/" + dossier + "/honoree").then().statusCode(200)
                .body("awardId", equalTo(award));
    }

    /** A 20 Under 40 edition of its own, open now, nominees under 40 a month from now. */
    private static String openTwentyUnderForty(String staff) {
        LocalDate today = LocalDate.now();
        while (true) {
            int year = CompetitionDesk.randomYear();
            var response = given().spec(RunningSystem.gateway()).auth().oauth2(staff).contentType(ContentType.JSON)
                    .body(Map.of("program", "20-under-40", "year", year, "title", "20 Under 40 scenario " + year,
                            "timeZone", "America/New_York", "opens", today.minusDays(1) + "T00:00",
                            "closes", today.plusDays(30) + "T23:59", "ageCutoff", today.plusDays(30).toString(),
                            "categories", List.of(Map.of("code", "retail", "name", "Retail"),
                                    Map.of("code", "suppliers", "name", "Suppliers"))))
                    .post("/api/v1/editions");
            if (response.statusCode() == 201) {
                return response.path("id");
            }
            assertEquals(409, response.statusCode(), () -> "could not open an edition: " + response.asString());
        }
    }

    /** Publishes the award's event once more, exactly as the competition published it. */
    private static void redeliver(String award) {
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(RunningSystem.kafkaBootstrap(),
                Topics.COMPETITION_AWARDS.name(), read -> read.stream().anyMatch(r -> r.value().contains(award)));
        ConsumerRecord<String, String> published = records.stream().filter(r -> r.value().contains(award))
                .findFirst().orElseThrow();
        TopicWriter.write(RunningSystem.kafkaBootstrap(), Topics.COMPETITION_AWARDS.name(), published.key(),
                published.value());
    }

    /** The spotlight drafts naming this honoree, as careers staff find them. */
    private static List<Map<String, Object>> spotlightsOf(String honoree) {
        JsonPath page = given().spec(RunningSystem.gateway()).auth().oauth2(RunningSystem.tokens().staff())
                .queryParam("state", "draft").queryParam("tag", "20-under-40").queryParam("size", 100)
                .get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(item -> ((String) item.get("title")).startsWith(honoree + ",")).toList();
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
        image.setRGB(30, 40, 0xB08050);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
