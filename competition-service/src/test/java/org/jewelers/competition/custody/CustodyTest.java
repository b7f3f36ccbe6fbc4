package org.jewelers.competition.custody;

import static io.restassured.RestAssured.given;
import static org.jewelers.competition.custody.CustodyFixtures.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jewelers.competition.custody.CustodyFixtures.Finals;
import org.jewelers.competition.entry.AcceptedEntries.Seeded;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Finalists' pieces from the request to ship them to their return, the edition's log and its verification. */
@QuarkusTest
class CustodyTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @Inject
    EntityManager entities;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void twoPiecesMakeTheWholeJourneyAndEveryStepOutOfOrderIsRefused() {
        Finals finals = finals(clock, firms, 3);
        Seeded first = finals.finalists().get(0);
        Seeded second = finals.finalists().get(1);
        Seeded withdrawn = finals.finalists().get(2);

        own(first).get(mine(first)).then().statusCode(200).body("state", equalTo("requested"))
                .body("shipTo", equalTo("JA, 120 Broadway, New York"))
                .body("shipBy", equalTo(finals.edition().year() + "-11-15"));
        given().auth().oauth2(second.token()).get(mine(first)).then().statusCode(404);
        // Steps before their time.
        refused(staff().contentType(ContentType.JSON).body(receipt()).post(desk(first) + "/receipt"), "requested");
        refused(staff().post(desk(first) + "/judging"), "requested");
        refused(staff().post(desk(first) + "/judged"), "requested");
        refused(staff().contentType(ContentType.JSON).body(returnShipment()).post(desk(first) + "/return-shipment"),
                "requested");
        refused(own(first).post(mine(first) + "/delivery"), "requested");

        for (Seeded piece : List.of(first, second)) {
            own(piece).contentType(ContentType.JSON).body(shipment(200_000)).post(mine(piece) + "/shipment").then()
                    .statusCode(200).body("state", equalTo("shipped")).body("trackingNumber", equalTo("7712 3456 7890"))
                    .body("$", not(hasKey("declaredValueCents")));
            refused(own(piece).contentType(ContentType.JSON).body(shipment(1)).post(mine(piece) + "/shipment"), "shipped");
            refused(staff().post(desk(piece) + "/judging"), "shipped");
            staff().contentType(ContentType.JSON).body(receipt()).post(desk(piece) + "/receipt").then().statusCode(200)
                    .body("state", equalTo("received")).body("storageLocation", equalTo("Vault B, shelf 3"))
                    .body("declaredValueCents", equalTo(200_000));
            own(piece).get(mine(piece)).then().statusCode(200).body("state", equalTo("received"))
                    .body("$", not(hasKey("storageLocation"))).body("$", not(hasKey("declaredValueCents")))
                    .body("$", not(hasKey("conditionNotes")));
            refused(staff().contentType(ContentType.JSON).body(receipt()).post(desk(piece) + "/receipt"), "received");
            refused(staff().contentType(ContentType.JSON).body(returnShipment()).post(desk(piece) + "/return-shipment"),
                    "received");
            staff().post(desk(piece) + "/judging").then().statusCode(200).body("state", equalTo("in-judging"));
            refused(staff().post(desk(piece) + "/judging"), "in-judging");
        }
        staff().get(finals.custody() + "/premises").then().statusCode(200).body("pieces", equalTo(2))
                .body("declaredValueCents", equalTo(400_000)).body("overInsuredLimit", equalTo(false))
                .body("warning", nullValue());

        // The third finalist ships, arrives, and is withdrawn: not judged, but sent home from the premises.
        own(withdrawn).contentType(ContentType.JSON).body(shipment(300_000)).post(mine(withdrawn) + "/shipment")
                .then().statusCode(200);
        staff().contentType(ContentType.JSON).body(receipt()).post(desk(withdrawn) + "/receipt").then().statusCode(200);
        staff().get(finals.custody() + "/premises").then().statusCode(200).body("pieces", equalTo(3))
                .body("declaredValueCents", equalTo(700_000)).body("overInsuredLimit", equalTo(true))
                .body("warning", not(nullValue()));
        staff().queryParam("reason", "The entrant sold the piece")
                .delete("/api/v1/rounds/" + finals.round() + "/finalists/" + withdrawn.entryId()).then().statusCode(200);
        refused(staff().post(desk(withdrawn) + "/judging"), "received");
        staff().contentType(ContentType.JSON).body(returnShipment()).post(desk(withdrawn) + "/return-shipment").then()
                .statusCode(200).body("state", equalTo("returning")).body("withdrawn", equalTo(true));
        own(withdrawn).post(mine(withdrawn) + "/delivery").then().statusCode(200).body("state", equalTo("returned"));

        staff().get(finals.custody() + "?state=in-judging").then().statusCode(200).body("total", equalTo(2));
        for (Seeded piece : List.of(first, second)) {
            staff().post(desk(piece) + "/judged").then().statusCode(200).body("state", equalTo("judged"));
            refused(staff().post(desk(piece) + "/judged"), "judged");
            refused(own(piece).post(mine(piece) + "/delivery"), "judged");
        }
        // Not returned the edition's 30 days after judging: overdue.
        clock.fix(finals.confirmed().plus(Duration.ofDays(31)));
        staff().get(finals.custody() + "/overdue").then().statusCode(200).body("size()", equalTo(2))
                .body("reason", equalTo(List.of("not-returned", "not-returned")));
        for (Seeded piece : List.of(first, second)) {
            staff().contentType(ContentType.JSON).body(returnShipment()).post(desk(piece) + "/return-shipment").then()
                    .statusCode(200).body("state", equalTo("returning"));
            own(piece).get(mine(piece)).then().body("returnTrackingNumber", equalTo("1Z999AA10123456784"));
        }
        own(first).post(mine(first) + "/delivery").then().statusCode(200).body("state", equalTo("returned"));
        staff().post(desk(second) + "/delivery").then().statusCode(200).body("state", equalTo("returned"));
        refused(staff().post(desk(second) + "/delivery"), "returned");
        refused(own(first).contentType(ContentType.JSON).body(shipment(1)).post(mine(first) + "/shipment"), "returned");

        staff().get(finals.custody() + "/premises").then().statusCode(200).body("pieces", equalTo(0))
                .body("declaredValueCents", equalTo(0));
        staff().get(finals.custody() + "/overdue").then().statusCode(200).body("size()", equalTo(0));
        staff().get(finals.custody() + "?state=returned").then().statusCode(200).body("total", equalTo(3));
        // 3 requested, then per judged piece 6 steps, and the withdrawn one's shipped, received, withdrawn, returning, returned.
        staff().get(finals.custody() + "/verify").then().statusCode(200).body("ok", equalTo(true))
                .body("rows", equalTo(3 + 2 * 6 + 5));
    }

    @Test
    void aFinalistRemovedAndAddedAgainKeepsOnePieceAndOnlyTheAwaitedOnesAreOverdue() {
        Finals finals = finals(clock, firms, 2);
        Seeded kept = finals.finalists().get(0);
        Seeded removed = finals.finalists().get(1);
        String round = "/api/v1/rounds/" + finals.round();
        staff().queryParam("reason", "Withdrawn by the entrant").delete(round + "/finalists/" + removed.entryId())
                .then().statusCode(200);
        staff().get(desk(removed)).then().statusCode(200).body("state", equalTo("requested"))
                .body("withdrawn", equalTo(true));
        // Not received the edition's 21 days after the request: overdue, unless its finalist was withdrawn first.
        clock.fix(finals.confirmed().plus(Duration.ofDays(22)));
        staff().get(finals.custody() + "/overdue").then().statusCode(200)
                .body("piece.entryId", equalTo(List.of(kept.entryId())))
                .body("reason", equalTo(List.of("not-received")))
                .body("due", equalTo(List.of(finals.confirmed().plus(Duration.ofDays(21)).toString())));

        staff().contentType(ContentType.JSON).body(Map.of("entryIds", List.of(removed.entryId())))
                .post(round + "/finalists").then().statusCode(200);
        staff().get(desk(removed)).then().statusCode(200).body("state", equalTo("requested"))
                .body("withdrawn", equalTo(false))
                .body("requestedAt", equalTo(finals.confirmed().toString()));
        staff().get(finals.custody() + "/overdue").then().statusCode(200).body("size()", equalTo(2));
        // Two requests, the withdrawal and the reinstatement.
        staff().get(finals.custody() + "/verify").then().statusCode(200).body("ok", equalTo(true)).body("rows", equalTo(4));

        // An entrant who withdraws their finalist entry withdraws its piece: not judged, and sent home.
        own(kept).contentType(ContentType.JSON).body(shipment(90_000)).post(mine(kept) + "/shipment").then()
                .statusCode(200);
        staff().contentType(ContentType.JSON).body(receipt()).post(desk(kept) + "/receipt").then().statusCode(200);
        own(kept).contentType(ContentType.JSON).body(Map.of("reason", "Sold to a client"))
                .post("/api/v1/entries/" + kept.entryId() + "/withdraw").then().statusCode(200);
        staff().get(desk(kept)).then().statusCode(200).body("withdrawn", equalTo(true))
                .body("withdrawnAt", equalTo(finals.confirmed().plus(Duration.ofDays(22)).toString()));
        refused(staff().post(desk(kept) + "/judging"), "received");
        // Held past the edition's 30 days after the withdrawal: overdue home, though never judged.
        clock.fix(finals.confirmed().plus(Duration.ofDays(53)));
        staff().get(finals.custody() + "/overdue").then().statusCode(200)
                .body("piece.entryId", equalTo(List.of(removed.entryId(), kept.entryId())))
                .body("reason", equalTo(List.of("not-received", "not-returned")))
                .body("due[1]", equalTo(finals.confirmed().plus(Duration.ofDays(52)).toString()));
        staff().contentType(ContentType.JSON).body(returnShipment()).post(desk(kept) + "/return-shipment").then()
                .statusCode(200).body("state", equalTo("returning"));
        staff().get(finals.custody() + "/verify").then().statusCode(200).body("ok", equalTo(true)).body("rows", equalTo(8));
    }

    @Test
    void theValueOnThePremisesAddsUpUnderConcurrentReceipts() throws Exception {
        Finals finals = finals(clock, firms, 6);
        long total = 0;
        for (int i = 0; i < finals.finalists().size(); i++) {
            Seeded piece = finals.finalists().get(i);
            long value = 100_000L * (i + 1);
            total += value;
            own(piece).contentType(ContentType.JSON).body(shipment(value)).post(mine(piece) + "/shipment").then()
                    .statusCode(200);
        }
        ExecutorService threads = Executors.newFixedThreadPool(finals.finalists().size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> receipts = new ArrayList<>();
            for (Seeded piece : finals.finalists()) {
                // Two staff take in each piece at once: one receipt counts, the other is refused.
                for (int twice = 0; twice < 2; twice++) {
                    receipts.add(threads.submit(() -> {
                        start.await();
                        return staff().contentType(ContentType.JSON).body(receipt()).post(desk(piece) + "/receipt")
                                .statusCode();
                    }));
                }
            }
            start.countDown();
            Map<Integer, Integer> statuses = new HashMap<>();
            for (Future<Integer> receipt : receipts) {
                statuses.merge(receipt.get(), 1, Integer::sum);
            }
            assertEquals(Map.of(200, 6, 409, 6), statuses);
        } finally {
            threads.shutdownNow();
        }
        staff().get(finals.custody() + "/premises").then().statusCode(200).body("pieces", equalTo(6))
                .body("declaredValueCents", equalTo((int) total));
        staff().get(finals.custody() + "/verify").then().statusCode(200).body("ok", equalTo(true))
                .body("rows", equalTo(6 * 3));
    }

    @Test
    void aLogRowChangedBehindTheApplicationsBackIsNamed() throws Exception {
        Finals finals = finals(clock, firms, 2);
        Seeded piece = finals.finalists().get(0);
        own(piece).contentType(ContentType.JSON).body(shipment(250_000)).post(mine(piece) + "/shipment").then()
                .statusCode(200);
        staff().contentType(ContentType.JSON).body(receipt()).post(desk(piece) + "/receipt").then().statusCode(200);
        staff().get(finals.custody() + "/verify").then().statusCode(200).body("ok", equalTo(true))
                .body("rows", equalTo(4)).body("$", not(hasKey("broken")));

        UUID edition = UUID.fromString(finals.edition().id());
        Object[] shipped = (Object[]) QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery(
                        "select id, details from custody_log where edition_id = ?1 and action = 'shipped'")
                .setParameter(1, edition).getSingleResult());
        long row = ((Number) shipped[0]).longValue();
        // With the trigger on, the log takes neither an UPDATE nor a DELETE.
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                "update custody_log set details = '{}' where id = ?1").setParameter(1, row).executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                "delete from custody_log where id = ?1").setParameter(1, row).executeUpdate()));
        staff().get(finals.custody() + "/verify").then().statusCode(200).body("ok", equalTo(true));

        // Someone lowers the declared value, and then also writes a plain hash of the row where the seal was.
        tamper(entities, row, "update custody_log set details = replace(details, '250000', '25000') where id = ?1");
        staff().get(finals.custody() + "/verify").then().statusCode(200).body("ok", equalTo(false))
                .body("broken.id", equalTo((int) row)).body("broken.sequence", equalTo(3))
                .body("broken.reason", not(nullValue()));
        String forged = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(((String) shipped[1]).replace("250000", "25000").getBytes(StandardCharsets.UTF_8)));
        tamper(entities, row, "update custody_log set hmac = '" + forged + "' where id = ?1");
        staff().get(finals.custody() + "/verify").then().statusCode(200).body("ok", equalTo(false))
                .body("broken.id", equalTo((int) row)).body("broken.sequence", equalTo(3));
        // Another edition's log is its own chain, untouched; a row removed from it leaves a gap that is named.
        Finals other = finals(clock, firms, 2);
        staff().get(other.custody() + "/verify").then().statusCode(200).body("ok", equalTo(true)).body("rows", equalTo(2));
        long first = QuarkusTransaction.requiringNew().call(() -> ((Number) entities.createNativeQuery(
                        "select id from custody_log where edition_id = ?1 and sequence = 1")
                .setParameter(1, UUID.fromString(other.edition().id())).getSingleResult()).longValue());
        tamper(entities, first, "delete from custody_log where id = ?1");
        staff().get(other.custody() + "/verify").then().statusCode(200).body("ok", equalTo(false))
                .body("broken.sequence", equalTo(2)).body("broken.reason", equalTo("sequence 1 is missing"));
    }

    @Test
    void rowsCutFromTheLogsEndAreNamedEvenWhenTheHeadIsRewound() {
        Finals finals = finals(clock, firms, 1);
        Seeded piece = finals.finalists().get(0);
        own(piece).contentType(ContentType.JSON).body(shipment(40_000)).post(mine(piece) + "/shipment").then()
                .statusCode(200);
        staff().contentType(ContentType.JSON).body(receipt()).post(desk(piece) + "/receipt").then().statusCode(200);
        staff().get(finals.custody() + "/verify").then().statusCode(200).body("ok", equalTo(true)).body("rows", equalTo(3));
        UUID edition = UUID.fromString(finals.edition().id());
        long last = QuarkusTransaction.requiringNew().call(() -> ((Number) entities.createNativeQuery(
                "select id from custody_log where edition_id = ?1 and sequence = 3")
                .setParameter(1, edition).getSingleResult()).longValue());

        // The receipt cut from the end: the chain before it still holds, the head does not.
        tamper(entities, last, "delete from custody_log where id = ?1");
        staff().get(finals.custody() + "/verify").then().statusCode(200).body("ok", equalTo(false))
                .body("rows", equalTo(2)).body("broken.sequence", equalTo(3))
                .body("broken", not(hasKey("id")))
                .body("broken.reason", equalTo("rows 3 to 3 are missing from the log's end"));
        // The head rewound to the row before as well: the piece is still where the cut step left it.
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("""
                        update custody_log_head h set sequence = 2,
                            hmac = (select hmac from custody_log where edition_id = h.edition_id and sequence = 2)
                        where edition_id = ?1""").setParameter(1, edition).executeUpdate());
        staff().get(finals.custody() + "/verify").then().statusCode(200).body("ok", equalTo(false))
                .body("broken.sequence", equalTo(2))
                .body("broken.reason", equalTo("piece " + piece.entryId()
                        + " is received but its last logged step left it shipped"));
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        Finals finals = finals(clock, firms, 1);
        Seeded piece = finals.finalists().get(0);
        List<Map<String, Object>> badShipments = List.of(
                Map.of("carrier", "FedEx", "trackingNumber", "7712", "declaredValueCents", -1, "insured", true),
                Map.of("carrier", "", "trackingNumber", "7712 3456", "declaredValueCents", 1, "insured", true),
                Map.of("carrier", "FedEx<script>", "trackingNumber", "7712 3456", "declaredValueCents", 1, "insured", true),
                Map.of("carrier", "FedEx", "trackingNumber", "77;drop", "declaredValueCents", 1, "insured", true),
                Map.of("carrier", "FedEx", "trackingNumber", "x".repeat(61), "declaredValueCents", 1, "insured", true),
                Map.of("carrier", "x".repeat(41), "trackingNumber", "7712 3456", "declaredValueCents", 1, "insured", true),
                Map.of("carrier", "FedEx", "trackingNumber", "7712 3456", "insured", true),
                Map.of("carrier", "FedEx", "trackingNumber", "7712 3456", "declaredValueCents", 1));
        for (Map<String, Object> bad : badShipments) {
            own(piece).contentType(ContentType.JSON).body(bad).post(mine(piece) + "/shipment").then().statusCode(400)
                    .contentType(PROBLEM);
        }
        own(piece).contentType(ContentType.JSON).body(shipment(1_000)).post(mine(piece) + "/shipment").then()
                .statusCode(200);
        for (Map<String, String> bad : List.of(Map.of("conditionNotes", "fine", "storageLocation", "  "),
                Map.of("conditionNotes", "x".repeat(2001), "storageLocation", "Vault"),
                Map.of("storageLocation", "Vault"))) {
            staff().contentType(ContentType.JSON).body(bad).post(desk(piece) + "/receipt").then().statusCode(400)
                    .contentType(PROBLEM);
        }
        staff().get(finals.custody() + "?state=lost").then().statusCode(400).contentType(PROBLEM);
        staff().contentType(ContentType.JSON).body(Map.of("custody", Map.of("insuredLimitCents", -5)))
                .patch("/api/v1/editions/" + finals.edition().id()).then().statusCode(400).contentType(PROBLEM);
        staff().contentType(ContentType.JSON).body(Map.of("custody", Map.of("shipTo", "x".repeat(501))))
                .patch("/api/v1/editions/" + finals.edition().id()).then().statusCode(400).contentType(PROBLEM);
        staff().get("/api/v1/editions/" + finals.edition().id()).then().body("custody.insuredLimitCents", equalTo(500_000));

        staff().get(desk(piece)).then().statusCode(200).body("state", equalTo("shipped"))
                .body("carrier", equalTo("FedEx")).body("declaredValueCents", equalTo(1_000))
                .body("$", not(hasKey("storageLocation")));
        staff().get(finals.custody() + "/verify").then().statusCode(200).body("ok", equalTo(true)).body("rows", equalTo(2));
        given().auth().oauth2(piece.token()).get(finals.custody()).then().statusCode(403);
        given().auth().oauth2(piece.token()).post(desk(piece) + "/judging").then().statusCode(403);
    }
}
