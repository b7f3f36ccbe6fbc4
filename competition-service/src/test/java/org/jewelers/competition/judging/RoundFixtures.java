package org.jewelers.competition.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;

/** Accepted entries and rounds over them, through the HTTP API, for the tests of judging and of rounds. */
public final class RoundFixtures {

    public static final String CATEGORY = "retailer-up-to-2000";

    private RoundFixtures() {
    }

    /** An accepted entry and everything that would identify its entrant, to look for in judges' answers. */
    public record Seeded(String entryId, UUID firm, List<String> secrets) {

        /** The entrant's token subject. */
        public String subject() {
            return secrets.get(0);
        }
    }

    /** Five accepted entries in one category, each from a firm and entrant of its own. */
    public static List<Seeded> acceptedEntries(TestClock clock, MemberFirms firms, Fixtures.Edition edition) {
        List<Seeded> seeded = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Fixtures.Accepted entry = Fixtures.accepted(firms, clock, edition, "retailer", CATEGORY, 150_000,
                    edition.duringWindow().plusSeconds(i));
            String subject = entry.subject();
            UUID firm = entry.firm();
            String number = "JA-" + firm.toString().substring(0, 6).toUpperCase();
            String firmName = "Entrant Jewelers " + firm.toString().substring(0, 4);
            seeded.add(new Seeded(entry.entryId(), firm, List.of(subject, "Test " + subject,
                    subject + "@test.jewelers.example", firm.toString(), number, firmName, entry.fileName())));
        }
        return seeded;
    }

    /** A pre-judging round on the standard rubric. */
    public static String preJudging(Fixtures.Edition edition, Instant opens, Instant closes) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "stage", "pre-judging", "opens", opens.toString(),
                        "closes", closes.toString()))
                .post("/api/v1/rounds").then().statusCode(201)
                .body("criteria.code", equalTo(List.of("overall-design", "marketability",
                        "practicality-and-wearability", "quality-of-manufacture")))
                .body("criteria.weight", equalTo(List.of(1, 1, 1, 1)))
                .body("scaleMin", equalTo(1)).body("scaleMax", equalTo(10))
                .extract().path("id");
    }

    /** A finals round on the standard rubric. */
    public static String finals(Fixtures.Edition edition, Instant opens, Instant closes) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "stage", "finals", "opens", opens.toString(),
                        "closes", closes.toString()))
                .post("/api/v1/rounds").then().statusCode(201).extract().path("id");
    }

    public static Response assign(String round, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/rounds/" + round + "/assignments");
    }
}
