package org.jewelers.competition.fee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.jewelers.competition.nomination.Nominees;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where an edition charges for nominations, an unpaid one is refused with the amount due, and staff may waive it. */
@QuarkusTest
class NominationFeeTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anUnpaidNominationIsRefusedAndAWaivedOneIsSubmitted() {
        Nominees.Edition edition = Nominees.open();
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("fees", Map.of("nominationCents", 2500)))
                .patch("/api/v1/editions/" + edition.id()).then().statusCode(200);
        Nominees.Nominator self = Nominees.nominator(Nominees.firm(firms));
        clock.fix(edition.duringWindow());
        String id = Nominees.draft(self, Nominees.complete(edition, "self"));

        Nominees.submit(self.token(), id).then().statusCode(422)
                .body("type", equalTo("https://jewelers.example/problems/payment-required"))
                .body("amountDueCents", equalTo(2500));
        given().auth().oauth2(self.token()).contentType(ContentType.JSON).body(Map.of("reason", "mine"))
                .post("/api/v1/review/nominations/" + id + "/fee-waiver").then().statusCode(403);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("reason", "Board member's pick"))
                .post("/api/v1/review/nominations/" + id + "/fee-waiver").then().statusCode(200)
                .body("status", equalTo("waived")).body("reason", equalTo("Board member's pick"));
        Nominees.submit(self.token(), id).then().statusCode(200);
    }
}
