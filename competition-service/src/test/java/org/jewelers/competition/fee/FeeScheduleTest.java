package org.jewelers.competition.fee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jewelers.competition.edition.FeeSchedule;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Staff's fee settings and promo codes: bounded, checked whole, shown on the edition, kept in its history. */
@QuarkusTest
class FeeScheduleTest {

    @Test
    void theEditionShowsItsFeesAndItsHistoryRecordsTheChange() {
        Fixtures.Edition edition = FeeFixtures.openNow();
        FeeFixtures.fees(edition, Map.of("entryCents", 5000, "earlyBird", Map.of("cents", 3500, "until",
                edition.year() + "-04-01T00:00"), "categories", List.of(Map.of("code", FeeFixtures.CATEGORY,
                "cents", 7500, "earlyBirdCents", 6000)), "refundOnWithdrawal", true));
        io.restassured.response.Response shown = given().get("/api/v1/editions/" + edition.id());
        assertEquals(LocalDateTime.parse(edition.year() + "-04-01T00:00"),
                LocalDateTime.parse(shown.path("fees.earlyBird.until")));
        shown.then().statusCode(200)
                .body("fees.currency", equalTo("USD")).body("fees.entryCents", equalTo(5000))
                .body("fees.categories[0].earlyBirdCents", equalTo(6000))
                .body("fees.nominationCents", equalTo(0)).body("fees.refundOnWithdrawal", equalTo(true))
                .body("fees.refundOnIneligible", equalTo(false));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/editions/" + edition.id() + "/history").then()
                .statusCode(200).body("items[0].changes.fees.to.entryCents", equalTo(5000));
    }

    @Test
    void aBadScheduleIsRefusedWholeAndChangesNothing() {
        Fixtures.Edition edition = FeeFixtures.openNow();
        for (Map<String, Object> bad : List.of(
                Map.<String, Object>of("entryCents", FeeSchedule.MAX_CENTS + 1),
                Map.<String, Object>of("entryCents", -1),
                Map.<String, Object>of("currency", "usd"),
                Map.<String, Object>of("categories", List.of(Map.of("code", "no-such-category", "cents", 100))),
                Map.<String, Object>of("categories", List.of(Map.of("code", FeeFixtures.CATEGORY, "cents", 100),
                        Map.of("code", FeeFixtures.CATEGORY, "cents", 200))),
                Map.<String, Object>of("categories", List.of(Map.of("code", FeeFixtures.CATEGORY, "cents", 100,
                        "earlyBirdCents", 50))),
                Map.<String, Object>of("earlyBird", Map.of("cents", 100)))) {
            given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("fees", bad, "title", "Changed"))
                    .patch("/api/v1/editions/" + edition.id()).then().statusCode(400);
        }
        given().get("/api/v1/editions/" + edition.id()).then().statusCode(200)
                .body("fees.entryCents", equalTo(0)).body("title", equalTo("CASE Awards " + edition.year()));
    }

    @Test
    void promoCodesAreCheckedAndBoundedPerEdition() {
        Fixtures.Edition edition = FeeFixtures.openNow();
        String codes = "/api/v1/review/editions/" + edition.id() + "/promo-codes";
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("code", "BOTH", "percentOff", 10, "amountOffCents", 100, "maxUses", 5))
                .post(codes).then().statusCode(400);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("code", "ELSEWHERE", "percentOff", 10, "maxUses", 5, "categories", List.of("nope")))
                .post(codes).then().statusCode(400).body("errors.field", hasItem("categories"));
        for (int i = 0; i < PromoCodeDesk.MAX_PER_EDITION; i++) {
            given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                    .body(Map.of("code", "C" + i, "amountOffCents", 500, "maxUses", 1)).post(codes).then().statusCode(201);
        }
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("code", "c0", "amountOffCents", 500, "maxUses", 1)).post(codes).then().statusCode(409);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("code", "ONEMORE", "amountOffCents", 500, "maxUses", 1)).post(codes).then().statusCode(409);
        given().auth().oauth2(Tokens.staff()).get(codes).then().statusCode(200)
                .body("size()", equalTo(PromoCodeDesk.MAX_PER_EDITION));
    }
}
