package org.jewelers.competition.fee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.stripestub.StripeStub;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Prices, promo codes, waivers and the payment a submit needs, through the HTTP API and the Stripe stub. */
@QuarkusTest
class CheckoutTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void thePriceChangesExactlyAtTheEarlyBirdCutOff() {
        Fixtures.Edition edition = FeeFixtures.openNow();
        Instant cutOff = FeeFixtures.cutOffSoon();
        FeeFixtures.fees(edition, Map.of("entryCents", 5000, "earlyBird",
                Map.of("cents", 3500, "until", FeeFixtures.local(cutOff))));
        String entrant = Fixtures.entrant(Fixtures.firm(firms, "active"));

        clock.fix(cutOff.minusSeconds(1));
        Response early = FeeFixtures.checkout(entrant, List.of(draft(edition, entrant)), null);
        early.then().statusCode(201).body("amountCents", equalTo(3500)).body("currency", equalTo("USD"));
        assertEquals(Instant.parse(early.path("createdAt")).plusSeconds(3600), Instant.parse(early.path("expiresAt")));
        assertEquals("the edition's early-bird price, before the early-bird cut-off " + FeeFixtures.local(cutOff)
                + " America/New_York", early.path("lines[0].rule"));

        clock.fix(cutOff);
        FeeFixtures.checkout(entrant, List.of(draft(edition, entrant)), null).then().statusCode(201)
                .body("amountCents", equalTo(5000));
        clock.fix(cutOff.plusSeconds(1));
        FeeFixtures.checkout(entrant, List.of(draft(edition, entrant)), null).then().statusCode(201)
                .body("amountCents", equalTo(5000))
                .body("lines[0].rule", equalTo("the edition's entry price, on or after the early-bird cut-off "
                        + FeeFixtures.local(cutOff) + " America/New_York"));
    }

    @Test
    void aPromoCodeWithOneUseLeftRacedByTwoCheckoutsIsUsedOnce() throws Exception {
        StripeStub stripe = FeeFixtures.stripe();
        Fixtures.Edition edition = FeeFixtures.openNow();
        FeeFixtures.fees(edition, Map.of("entryCents", 5000));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("code", "ONCE", "percentOff", 20, "maxUses", 1))
                .post("/api/v1/review/editions/" + edition.id() + "/promo-codes").then().statusCode(201);
        List<String> entrants = new ArrayList<>();
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String entrant = Fixtures.entrant(Fixtures.firm(firms, "active"));
            entrants.add(entrant);
            drafts.add(draft(edition, entrant));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Response>> raced = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int one = i;
            raced.add(pool.submit((Callable<Response>) () -> FeeFixtures.checkout(entrants.get(one),
                    List.of(drafts.get(one)), "once")));
        }
        List<Integer> statuses = new ArrayList<>();
        Response winner = null;
        for (Future<Response> answer : raced) {
            Response response = answer.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 201) {
                winner = response;
            } else {
                assertEquals("https://jewelers.example/problems/promo-code-used-up", response.path("type"));
            }
        }
        pool.shutdown();
        assertEquals(List.of(201, 409), statuses.stream().sorted().toList());
        assertEquals(4000, (int) winner.path("amountCents"));
        assertEquals(1000, (int) winner.path("lines[0].discountCents"));

        // The winner's checkout expires unpaid: its use is released, and the other entrant may have it.
        stripe.expire(FeeFixtures.session(winner));
        int loser = statuses.get(0) == 201 ? 1 : 0;
        int winnerIndex = 1 - loser;
        FeeFixtures.awaitStatus(entrants.get(winnerIndex), winner.path("id"), "expired");
        FeeFixtures.checkout(entrants.get(loser), List.of(drafts.get(loser)), "ONCE").then().statusCode(201)
                .body("amountCents", equalTo(4000));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/editions/" + edition.id() + "/promo-codes")
                .then().statusCode(200).body("[0].held", equalTo(1)).body("[0].used", equalTo(0));
    }

    @Test
    void anUnpaidEntryIsRefusedWithTheAmountDueAWaivedOneSubmitsAndAPaidOneSubmits() {
        StripeStub stripe = FeeFixtures.stripe();
        Fixtures.Edition edition = FeeFixtures.openNow();
        FeeFixtures.fees(edition, Map.of("entryCents", 5000, "categories",
                List.of(Map.of("code", FeeFixtures.CATEGORY, "cents", 7500))));
        UUID firm = Fixtures.firm(firms, "active");
        String entrant = Fixtures.entrant(firm);
        String unpaid = draft(edition, entrant);
        Fixtures.submit(entrant, unpaid).then().statusCode(422)
                .body("type", equalTo("https://jewelers.example/problems/payment-required"))
                .body("amountDueCents", equalTo(7500)).body("currency", equalTo("USD"));

        String waived = Fixtures.draft(entrant, Fixtures.piece(edition, "retailer-2001-5000", 300_000));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Invited by the committee"))
                .post("/api/v1/review/entries/" + waived + "/fee-waiver").then().statusCode(200)
                .body("status", equalTo("waived"));
        Fixtures.submit(entrant, waived).then().statusCode(200);

        Response checkout = FeeFixtures.checkout(entrant, List.of(unpaid), null);
        checkout.then().statusCode(201).body("amountCents", equalTo(7500));
        // The same request again answers the same open checkout; another checkout may not take the draft.
        FeeFixtures.checkout(entrant, List.of(unpaid), null).then().statusCode(200).body("id", equalTo(checkout.path("id")));
        Fixtures.submit(entrant, unpaid).then().statusCode(422);
        stripe.pay(FeeFixtures.session(checkout));
        FeeFixtures.awaitStatus(entrant, checkout.path("id"), "completed");
        Fixtures.submit(entrant, unpaid).then().statusCode(200)
                .body("fee.status", equalTo("paid")).body("fee.amountCents", equalTo(7500));

        Map<String, Object> totals = FeeFixtures.totals(edition);
        assertEquals(7500, ((Number) totals.get("paidCents")).intValue());
        assertEquals(1, ((Number) totals.get("paid")).intValue());
        assertEquals(1, ((Number) totals.get("waived")).intValue());
    }

    @Test
    void aPaidDraftKeepsItsCategoryAndCannotBeDeleted() {
        StripeStub stripe = FeeFixtures.stripe();
        Fixtures.Edition edition = FeeFixtures.openNow();
        FeeFixtures.fees(edition, Map.of("entryCents", 5000));
        String entrant = Fixtures.entrant(Fixtures.firm(firms, "active"));
        String id = draft(edition, entrant);
        Response checkout = FeeFixtures.checkout(entrant, List.of(id), null);
        given().auth().oauth2(entrant).delete("/api/v1/entries/" + id).then().statusCode(409);
        stripe.pay(FeeFixtures.session(checkout));
        FeeFixtures.awaitStatus(entrant, checkout.path("id"), "completed");
        given().auth().oauth2(entrant).contentType(ContentType.JSON).body(Map.of("category", "retailer-2001-5000"))
                .patch("/api/v1/entries/" + id).then().statusCode(409)
                .body("type", equalTo("https://jewelers.example/problems/category-paid"));
        given().auth().oauth2(entrant).delete("/api/v1/entries/" + id).then().statusCode(409);
        FeeFixtures.checkout(entrant, List.of(id), null).then().statusCode(409)
                .body("type", equalTo("https://jewelers.example/problems/already-paid"));
    }

    @Test
    void badCheckoutsAreRefusedAndHoldNothing() {
        Fixtures.Edition edition = FeeFixtures.openNow();
        FeeFixtures.fees(edition, Map.of("entryCents", 5000));
        String entrant = Fixtures.entrant(Fixtures.firm(firms, "active"));
        String other = Fixtures.entrant(Fixtures.firm(firms, "active"));
        String id = draft(edition, entrant);
        FeeFixtures.checkout(other, List.of(id), null).then().statusCode(404);
        FeeFixtures.checkout(entrant, List.of(), null).then().statusCode(400);
        FeeFixtures.checkout(entrant, List.of(id, id), null).then().statusCode(400);
        FeeFixtures.checkout(entrant, List.of(id), "NOSUCH").then().statusCode(422)
                .body("type", equalTo("https://jewelers.example/problems/promo-code-invalid"));
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i <= Checkouts.MAX_DRAFTS; i++) {
            tooMany.add(UUID.randomUUID().toString());
        }
        FeeFixtures.checkout(entrant, tooMany, null).then().statusCode(400);
        given().auth().oauth2(entrant).get("/api/v1/checkouts").then().statusCode(200).body("total", equalTo(0));
    }

    private static String draft(Fixtures.Edition edition, String entrant) {
        return Fixtures.draft(entrant, Fixtures.piece(edition, FeeFixtures.CATEGORY, 150_000));
    }
}
