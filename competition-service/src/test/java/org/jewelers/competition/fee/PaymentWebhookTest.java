package org.jewelers.competition.fee;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.contracts.Contracts;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.Topics;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.stripestub.StripeStub;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.RealStripe;
import org.jewelers.testing.Tokens;
import org.jewelers.testing.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * Stripe's webhook as Stripe sends it (the stub signs exactly as Stripe does): forged and stale events change
 * nothing, a redelivered event credits once, events out of order do not unpay; refunds and the reconciliation.
 */
@QuarkusTest
class PaymentWebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MemberFirms firms;

    @Inject
    EntityManager entities;

    @Test
    void aForgedOrStaleEventIsRefusedAndChangesNothing() throws Exception {
        StripeStub stripe = FeeFixtures.stripe();
        Paid setUp = openCheckout(stripe, Map.of("entryCents", 5000));
        stripe.pay(setUp.session);
        String completed = await().atMost(Duration.ofSeconds(30)).until(() -> lastEvent(stripe, "checkout.session.completed",
                setUp.session), e -> e != null);
        // The event the stub sent, delivered once more but signed with another secret, or five minutes and a second late.
        long now = Instant.now().getEpochSecond();
        post(completed, StripeStub.signature(completed, "whsec_forged", now)).then().statusCode(400)
                .body("type", equalTo("https://jewelers.example/problems/webhook-signature-invalid"));
        post(completed, StripeStub.signature(completed, RealStripe.WEBHOOK_SECRET, now - 301)).then().statusCode(400);
        post(completed, "").then().statusCode(400);
        post("{\"id\":\"evt_x\"}", StripeStub.signature("{\"id\":\"evt_y\"}", RealStripe.WEBHOOK_SECRET, now))
                .then().statusCode(400);
        FeeFixtures.awaitStatus(setUp.entrant, setUp.checkout, "completed");
    }

    @Test
    void theSameEventTwiceCreditsOnceAndAnExpiryAfterTheCompletionDoesNotUnpay() throws Exception {
        StripeStub stripe = FeeFixtures.stripe();
        Paid setUp = openCheckout(stripe, Map.of("entryCents", 5000));
        stripe.pay(setUp.session);
        FeeFixtures.awaitStatus(setUp.entrant, setUp.checkout, "completed");
        String completed = lastEvent(stripe, "checkout.session.completed", setUp.session);
        String eventId = JSON.readTree(completed).path("id").asText();
        stripe.redeliver(eventId);
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(eventId) == 1);
        post(completed, StripeStub.signature(completed, RealStripe.WEBHOOK_SECRET, Instant.now().getEpochSecond()))
                .then().statusCode(204);

        // A session.expired for the same session, arriving after the completion (as an out-of-order delivery would).
        JsonNode event = JSON.readTree(completed);
        ((com.fasterxml.jackson.databind.node.ObjectNode) event).put("id", "evt_late_" + UUID.randomUUID())
                .put("type", "checkout.session.expired");
        ((com.fasterxml.jackson.databind.node.ObjectNode) event.path("data").path("object")).put("status", "expired");
        String expired = JSON.writeValueAsString(event);
        post(expired, StripeStub.signature(expired, RealStripe.WEBHOOK_SECRET, Instant.now().getEpochSecond()))
                .then().statusCode(204);

        given().auth().oauth2(setUp.entrant).get("/api/v1/checkouts/" + setUp.checkout).then().statusCode(200)
                .body("status", equalTo("completed"));
        Map<String, Object> totals = FeeFixtures.totals(setUp.edition);
        assertEquals(5000, ((Number) totals.get("paidCents")).intValue());
        assertEquals(1, ((Number) totals.get("paid")).intValue());
        long paidSteps = given().auth().oauth2(Tokens.staff()).get("/api/v1/review/entries/" + setUp.entry + "/history")
                .then().statusCode(200).extract().jsonPath().getList("items.action", String.class).stream()
                .filter("paid"::equals).count();
        assertEquals(1, paidSteps);
        Fixtures.submit(setUp.entrant, setUp.entry).then().statusCode(200);

        // The entry's events in order, up to its submit: paid once, as its contract describes it.
        List<JsonNode> events = TopicReader.readUntil(Infrastructure.kafka().bootstrapServers(),
                        Topics.COMPETITION_ENTRIES.name(), read -> read.stream().anyMatch(r -> setUp.entry.equals(r.key())
                                && r.value().contains(EventTypes.ENTRY_SUBMITTED)))
                .stream().filter(r -> setUp.entry.equals(r.key())).map(r -> {
                    try {
                        return JSON.readTree(r.value());
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }).toList();
        assertEquals(List.of(EventTypes.ENTRY_PAID, EventTypes.ENTRY_SUBMITTED),
                events.stream().map(e -> e.path("type").asText()).toList());
        JsonNode paid = events.get(0).path("data");
        new Contracts().validate(EventTypes.ENTRY_PAID, paid);
        assertEquals(5000, paid.path("amountCents").asInt());
        assertEquals(setUp.checkout, paid.path("checkoutId").asText());
    }

    @Test
    void withdrawalRefundsWhenThePolicySaysSoAndStaffMayRefundAnyPayment() {
        StripeStub stripe = FeeFixtures.stripe();
        Paid refunding = openCheckout(stripe, Map.of("entryCents", 5000, "refundOnWithdrawal", true));
        payAndSubmit(stripe, refunding);
        given().auth().oauth2(refunding.entrant).contentType(ContentType.JSON).body(Map.of("reason", "Sold the piece"))
                .post("/api/v1/entries/" + refunding.entry + "/withdraw").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> ((Number) FeeFixtures.totals(refunding.edition)
                .get("refundedCents")).intValue() == 5000);
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/entries/" + refunding.entry + "/history").then()
                .statusCode(200).body("items.action", org.hamcrest.Matchers.hasItem("refunded"));

        Paid keeping = openCheckout(stripe, Map.of("entryCents", 5000));
        payAndSubmit(stripe, keeping);
        given().auth().oauth2(keeping.entrant).contentType(ContentType.JSON).body(Map.of("reason", "Changed my mind"))
                .post("/api/v1/entries/" + keeping.entry + "/withdraw").then().statusCode(200);
        Map<String, Object> kept = FeeFixtures.totals(keeping.edition);
        assertEquals(0, ((Number) kept.get("refundedCents")).intValue());
        assertEquals(0, ((Number) kept.get("refundsPendingCents")).intValue());

        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("reason", "Goodwill"))
                .post("/api/v1/review/checkouts/" + keeping.checkout + "/refunds").then().statusCode(202)
                .body("[0].amountCents", equalTo(5000)).body("[0].actor", equalTo("staff-1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> ((Number) FeeFixtures.totals(keeping.edition)
                .get("refundedCents")).intValue() == 5000);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("reason", "Again"))
                .post("/api/v1/review/checkouts/" + keeping.checkout + "/refunds").then().statusCode(409);
    }

    @Test
    void theReconciliationListsWhatEitherSideLacks() {
        StripeStub stripe = FeeFixtures.stripe();
        Paid paid = openCheckout(stripe, Map.of("entryCents", 5000));
        payAndSubmit(stripe, paid);
        String secondEntry = Fixtures.draft(paid.entrant, Fixtures.piece(paid.edition, "retailer-2001-5000", 300_000));
        Response second = FeeFixtures.checkout(paid.entrant, List.of(secondEntry), null);
        second.then().statusCode(201);
        String thirdEntry = Fixtures.draft(paid.entrant, Fixtures.piece(paid.edition, "retailer-5001-10000", 600_000));
        Response third = FeeFixtures.checkout(paid.entrant, List.of(thirdEntry), null);
        String reconcile = "/api/v1/review/editions/" + paid.edition.id() + "/fees/reconciliation";
        given().auth().oauth2(Tokens.staff()).post(reconcile).then().statusCode(200)
                .body("differences.size()", equalTo(0)).body("checkouts", equalTo(3));

        // The provider loses the paid session; we lose the third checkout (expired first, so nothing holds it).
        stripe.forget(paid.session);
        stripe.expire(FeeFixtures.session(third));
        FeeFixtures.awaitStatus(paid.entrant, third.path("id"), "expired");
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("delete from checkout where id = ?1")
                .setParameter(1, UUID.fromString(third.path("id"))).executeUpdate());

        Response report = given().auth().oauth2(Tokens.staff()).post(reconcile);
        report.then().statusCode(200).body("differences.size()", equalTo(2));
        List<Map<String, Object>> differences = report.jsonPath().getList("differences");
        assertEquals(Map.of("kind", "missing-at-provider", "checkoutId", paid.checkout, "providerSession", paid.session),
                Map.of("kind", differences.get(0).get("kind"), "checkoutId", differences.get(0).get("checkoutId"),
                        "providerSession", differences.get(0).get("providerSession")));
        assertEquals(Map.of("kind", "missing-here", "checkoutId", third.path("id"), "providerSession",
                        FeeFixtures.session(third)),
                Map.of("kind", differences.get(1).get("kind"), "checkoutId", differences.get(1).get("checkoutId"),
                        "providerSession", differences.get(1).get("providerSession")));
    }

    /** An entrant's draft in an edition of its own with these fees, and an open checkout for it. */
    private record Paid(Fixtures.Edition edition, String entrant, String entry, String checkout, String session) {
    }

    private Paid openCheckout(StripeStub stripe, Map<String, Object> fees) {
        Fixtures.Edition edition = FeeFixtures.openNow();
        FeeFixtures.fees(edition, fees);
        String entrant = Fixtures.entrant(Fixtures.firm(firms, "active"));
        String entry = Fixtures.draft(entrant, Fixtures.piece(edition, FeeFixtures.CATEGORY, 150_000));
        Response checkout = FeeFixtures.checkout(entrant, List.of(entry), null);
        checkout.then().statusCode(201);
        return new Paid(edition, entrant, entry, checkout.path("id"), FeeFixtures.session(checkout));
    }

    private static void payAndSubmit(StripeStub stripe, Paid paid) {
        stripe.pay(paid.session);
        FeeFixtures.awaitStatus(paid.entrant, paid.checkout, "completed");
        Fixtures.submit(paid.entrant, paid.entry).then().statusCode(200);
    }

    private static Response post(String payload, String signature) {
        return given().contentType(ContentType.JSON).header("Stripe-Signature", signature).body(payload)
                .post("/api/v1/payments/stripe/webhook");
    }

    private static String lastEvent(StripeStub stripe, String type, String session) throws Exception {
        List<String> events = stripe.sentEvents();
        for (int i = events.size() - 1; i >= 0; i--) {
            JsonNode event = JSON.readTree(events.get(i));
            if (type.equals(event.path("type").asText()) && session.equals(event.path("data").path("object").path("id").asText())) {
                return events.get(i);
            }
        }
        return null;
    }

    private long processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entities.createNativeQuery(
                "select count(*) from payment_event where id = ?1").setParameter(1, eventId).getSingleResult()).longValue());
    }
}
