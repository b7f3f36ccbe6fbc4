package org.jewelers.competition.custody;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jewelers.competition.entry.AcceptedEntries;
import org.jewelers.competition.entry.AcceptedEntries.Seeded;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.competition.judging.RoundFixtures;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;

/** Finals with confirmed finalists and the calls the custody tests make of their pieces. */
final class CustodyFixtures {

    static final String PROBLEM = "application/problem+json";

    private CustodyFixtures() {
    }

    /** An edition whose finals' finalists are confirmed at {@code confirmed}, with its round. */
    record Finals(Fixtures.Edition edition, String round, List<Seeded> finalists, Instant confirmed) {

        String custody() {
            return "/api/v1/review/editions/" + edition.id() + "/custody";
        }
    }

    static Finals finals(TestClock clock, MemberFirms firms, int count) {
        Fixtures.Edition edition = Fixtures.openCase();
        List<Seeded> entries = AcceptedEntries.inCategory(clock, firms, edition, RoundFixtures.CATEGORY, count);
        Instant opens = edition.duringWindow().plus(Duration.ofDays(60));
        String round = RoundFixtures.finals(edition, opens, opens.plus(Duration.ofDays(30)));
        staff().contentType(ContentType.JSON).body(Map.of("custody", Map.of("shipTo", "JA, 120 Broadway, New York",
                        "shipBy", edition.year() + "-11-15", "insuredLimitCents", 500_000)))
                .patch("/api/v1/editions/" + edition.id()).then().statusCode(200)
                .body("custody.shipTo", equalTo("JA, 120 Broadway, New York"))
                .body("custody.receiveWithinDays", equalTo(21));
        staff().contentType(ContentType.JSON).body(Map.of("entryIds", entries.stream().map(Seeded::entryId).toList()))
                .put("/api/v1/rounds/" + round + "/finalists").then().statusCode(200);
        Instant confirmed = opens.minus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
        clock.fix(confirmed);
        staff().post("/api/v1/rounds/" + round + "/finalists/confirmation").then().statusCode(200);
        return new Finals(edition, round, entries, confirmed);
    }

    /** Changes a log row with its trigger off, in the change's own transaction, as someone with the database might. */
    static void tamper(EntityManager entities, long row, String sql) {
        QuarkusTransaction.requiringNew().run(() -> {
            entities.createNativeQuery("alter table custody_log disable trigger custody_log_append_only").executeUpdate();
            entities.createNativeQuery(sql).setParameter(1, row).executeUpdate();
            entities.createNativeQuery("alter table custody_log enable trigger custody_log_append_only").executeUpdate();
        });
    }

    static void refused(Response response, String state) {
        response.then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://jewelers.example/problems/custody-transition-refused"))
                .body("currentState", equalTo(state));
    }

    static Map<String, Object> shipment(long value) {
        return Map.of("carrier", "FedEx", "trackingNumber", "7712 3456 7890", "declaredValueCents", value,
                "insured", true);
    }

    static Map<String, Object> receipt() {
        return Map.of("conditionNotes", "Box intact; piece as photographed", "storageLocation", "Vault B, shelf 3");
    }

    static Map<String, Object> returnShipment() {
        return Map.of("carrier", "UPS", "trackingNumber", "1Z999AA10123456784", "insuredValueCents", 200_000);
    }

    static String mine(Seeded piece) {
        return "/api/v1/entries/" + piece.entryId() + "/custody";
    }

    static String desk(Seeded piece) {
        return "/api/v1/review/entries/" + piece.entryId() + "/custody";
    }

    static RequestSpecification own(Seeded piece) {
        return given().auth().oauth2(piece.token());
    }

    static RequestSpecification staff() {
        return given().auth().oauth2(Tokens.staff());
    }
}
