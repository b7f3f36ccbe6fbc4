package org.jewelers.careers;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jewelers.contracts.Contracts;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.EventJson;
import org.jewelers.contracts.Topics;
import org.jewelers.contracts.awards.AwardGranted;
import org.jewelers.events.envelope.CloudEventCodec;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.events.envelope.EventFactory;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.TopicWriter;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Awards of both programs, published on the real broker, become one draft spotlight story per award. */
@QuarkusTest
class SpotlightTest {

    private static final EventFactory COMPETITION = new EventFactory("/competition-service");

    @Inject
    DataSource database;

    @Inject
    MemberFirms firms;

    @Test
    void anHonoreeGetsOneDraftSpotlightHoweverOftenTheAwardArrives() {
        String honoree = "Priya " + UUID.randomUUID().toString().substring(0, 6);
        UUID awardId = UUID.randomUUID();
        AwardGranted award = honored(awardId, honoree);
        EventEnvelope granted = publish(award);

        await().atMost(DirectoryFirms.PATIENCE).until(() -> spotlightsOf(honoree).size() == 1);
        Map<String, Object> draft = spotlightsOf(honoree).get(0);
        String id = (String) draft.get("id");
        given().auth().oauth2(Tokens.staff()).get("/api/v1/articles/" + id).then().statusCode(200)
                .body("kind", equalTo("story"))
                .body("state", equalTo("draft"))
                .body("tags", contains("20-under-40"))
                .body("awardId", equalTo(awardId.toString()))
                .body("title", equalTo(honoree + ", Director of E-commerce: 20 Under 40, 2026"))
                .body("summary", equalTo(honoree + ", Director of E-commerce at Hartwell Jewelers in Missoula, is one of "
                        + "Jewelers of America's 20 Under 40 honorees for 2026."));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/articles/" + id + "/revisions").then()
                .body("items.action", contains("drafted")).body("items[0].actor", equalTo("careers-service"));
        // A draft: not public.
        given().get("/api/v1/articles/" + draft.get("slug")).then().statusCode(404);
        given().queryParam("tag", "20-under-40").queryParam("size", 100).get("/api/v1/articles").then()
                .body("items.id", not(hasItem(id)));

        // The same record again, and the same award under a new event id, behind it on the award's partition.
        redeliver(granted);
        EventEnvelope republished = publish(award);
        await().atMost(DirectoryFirms.PATIENCE).until(() -> handled(republished.id()));
        assertEquals(1, spotlightsOf(honoree).size());

        // Staff take it from there: edit, review, publish.
        given().auth().oauth2(Tokens.staff()).contentType("application/json").body(Map.of("area", "technology-and-e-commerce"))
                .patch("/api/v1/articles/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).post("/api/v1/articles/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).contentType("application/json").post("/api/v1/articles/" + id + "/publish")
                .then().statusCode(200);
        given().get("/api/v1/articles/" + draft.get("slug")).then().statusCode(200).body("kind", equalTo("story"));
    }

    @Test
    void aCaseWinnerGetsOneDraftSpotlightNamingItsFirmHoweverOftenTheAwardArrives() {
        String piece = "Tidewater " + UUID.randomUUID().toString().substring(0, 6);
        UUID firm = DirectoryFirms.joined(firms, "Larkspur Jewelers", "active");
        UUID awardId = UUID.randomUUID();
        AwardGranted award = won(awardId, piece, firm);
        publish(award);

        await().atMost(DirectoryFirms.PATIENCE).until(() -> spotlightsOf("case-awards", piece).size() == 1);
        Map<String, Object> draft = spotlightsOf("case-awards", piece).get(0);
        String id = (String) draft.get("id");
        String summary = piece + ", designed by Ana Ruiz and entered by Larkspur Jewelers of Missoula, MT, won the "
                + "retailer-up-to-2000 category of Jewelers of America's 2026 CASE Awards.";
        given().auth().oauth2(Tokens.staff()).get("/api/v1/articles/" + id).then().statusCode(200)
                .body("kind", equalTo("story"))
                .body("state", equalTo("draft"))
                .body("tags", contains("case-awards"))
                .body("awardId", equalTo(awardId.toString()))
                .body("title", equalTo(piece + " by Ana Ruiz: CASE Awards, 2026"))
                .body("summary", equalTo(summary))
                .body("body", startsWith(summary + "\n\n"));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/articles/" + id + "/revisions").then()
                .body("items.action", contains("drafted")).body("items[0].actor", equalTo("careers-service"));
        // A draft: not public.
        given().get("/api/v1/articles/" + draft.get("slug")).then().statusCode(404);
        given().queryParam("tag", "case-awards").queryParam("size", 100).get("/api/v1/articles").then()
                .body("items.id", not(hasItem(id)));

        // The same award under a new event id, behind the first on the award's partition: nothing new.
        EventEnvelope republished = publish(award);
        await().atMost(DirectoryFirms.PATIENCE).until(() -> handled(republished.id()));
        assertEquals(1, spotlightsOf("case-awards", piece).size());
        assertEquals(0, spotlightsOf("20-under-40", piece).size());

        // Public once staff publish it.
        given().auth().oauth2(Tokens.staff()).post("/api/v1/articles/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).contentType("application/json").post("/api/v1/articles/" + id + "/publish")
                .then().statusCode(200);
        given().get("/api/v1/articles/" + draft.get("slug")).then().statusCode(200)
                .body("title", equalTo(piece + " by Ana Ruiz: CASE Awards, 2026"));
        given().queryParam("tag", "case-awards").queryParam("size", 100).get("/api/v1/articles").then()
                .body("items.id", hasItem(id));
    }

    /** A firm the directory has not announced to careers: the draft says only what the award carries. */
    @Test
    void aCaseWinnerOfAFirmCareersDoesNotKnowGetsASpotlightFromTheCitationAlone() {
        String piece = "Meridian " + UUID.randomUUID().toString().substring(0, 6);
        EventEnvelope granted = publish(won(UUID.randomUUID(), piece, UUID.randomUUID()));

        await().atMost(DirectoryFirms.PATIENCE).until(() -> handled(granted.id()));
        List<Map<String, Object>> drafts = spotlightsOf("case-awards", piece);
        assertEquals(1, drafts.size());
        given().auth().oauth2(Tokens.staff()).get("/api/v1/articles/" + drafts.get(0).get("id")).then().statusCode(200)
                .body("summary", equalTo(piece + ", designed by Ana Ruiz, won the retailer-up-to-2000 category of "
                        + "Jewelers of America's 2026 CASE Awards."));
    }

    /** Forward compatibility: a later competition adds fields to the award and its citation; careers reads on. */
    @Test
    void anAwardCarryingFieldsCareersDoesNotKnowStillGetsItsSpotlight() {
        String honoree = "Mei " + UUID.randomUUID().toString().substring(0, 6);
        UUID awardId = UUID.randomUUID();
        ObjectNode newer = (ObjectNode) EventJson.write(honored(awardId, honoree));
        newer.put("ceremony", "2026-07-30");
        ((ObjectNode) newer.get("citation")).put("pronouns", "she/her");
        EventEnvelope event = COMPETITION.create(EventTypes.AWARD_GRANTED, awardId.toString(), 1, newer);
        redeliver(event);

        await().atMost(DirectoryFirms.PATIENCE).until(() -> handled(event.id()));
        assertEquals(1, spotlightsOf(honoree).size());
        assertEquals(honoree + ", Director of E-commerce: 20 Under 40, 2026", spotlightsOf(honoree).get(0).get("title"));
    }

    @Test
    void listingByStateIsForStaff() {
        given().queryParam("state", "draft").get("/api/v1/articles").then().statusCode(401);
        given().auth().oauth2(Tokens.member("member-1", UUID.randomUUID().toString())).queryParam("state", "draft")
                .get("/api/v1/articles").then().statusCode(403);
        given().auth().oauth2(Tokens.staff()).queryParam("state", "pending").get("/api/v1/articles").then().statusCode(400)
                .body("errors.field", contains("state"));
    }

    /** The spotlight drafts naming this honoree, as staff find them. */
    private static List<Map<String, Object>> spotlightsOf(String honoree) {
        return spotlightsOf("20-under-40", honoree + ",");
    }

    /** The drafts filed under a program's tag whose title starts with the given words, as staff find them. */
    private static List<Map<String, Object>> spotlightsOf(String tag, String titleStart) {
        JsonPath page = given().auth().oauth2(Tokens.staff()).queryParam("state", "draft").queryParam("tag", tag)
                .queryParam("size", 100).get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(item -> ((String) item.get("title")).startsWith(titleStart)).toList();
    }

    private static AwardGranted honored(UUID awardId, String honoree) {
        return new AwardGranted(awardId, "20-under-40", 2026, "20 Under 40", UUID.randomUUID(), null,
                new AwardGranted.HonoreeCitation(honoree, "Director of E-commerce", "Hartwell Jewelers", "Missoula"));
    }

    private static AwardGranted won(UUID awardId, String piece, UUID memberId) {
        return new AwardGranted(awardId, "case-awards", 2026, "retailer-up-to-2000", memberId, UUID.randomUUID(),
                new AwardGranted.PieceCitation(piece, "Ana Ruiz"));
    }

    private static EventEnvelope publish(AwardGranted award) {
        EventEnvelope event = COMPETITION.create(EventTypes.AWARD_GRANTED, award.awardId().toString(), 1, award);
        new Contracts().validate(event.type(), event.data());
        redeliver(event);
        return event;
    }

    private static void redeliver(EventEnvelope event) {
        TopicWriter.write(Infrastructure.kafka().bootstrapServers(), Topics.COMPETITION_AWARDS.name(), event.subject(),
                CloudEventCodec.encode(event));
    }

    /** True once the spotlights consumer has handled the event (its inbox records it in the handling transaction). */
    private boolean handled(UUID eventId) throws Exception {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select 1 from events_inbox where consumer_group = 'careers-service.spotlights' and event_id = ?")) {
            query.setObject(1, eventId);
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        }
    }
}
