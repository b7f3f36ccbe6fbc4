package org.jewelers.competition.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.testing.Tokens;

/** Rounds over accepted entries ({@link org.jewelers.competition.entry.AcceptedEntries}), through the HTTP API, for the tests of judging and of rounds. */
public final class RoundFixtures {

    public static final String CATEGORY = "retailer-up-to-2000";

    private RoundFixtures() {
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
}
