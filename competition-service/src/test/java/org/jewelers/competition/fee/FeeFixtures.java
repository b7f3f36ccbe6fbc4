package org.jewelers.competition.fee;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jewelers.competition.EditionsTest;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.stripestub.StripeStub;
import org.jewelers.testing.RealStripe;
import org.jewelers.testing.Tokens;

/**
 * Editions open in real time (the provider's sessions expire in real time, as Stripe's do), priced by staff, and the
 * Stripe stub sending its webhooks to the app under test.
 */
final class FeeFixtures {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final String CATEGORY = "retailer-up-to-2000";

    private FeeFixtures() {
    }

    static StripeStub stripe() {
        StripeStub stub = RealStripe.stub();
        stub.webhookTo("http://localhost:" + RestAssured.port + "/api/v1/payments/stripe/webhook");
        return stub;
    }

    /** A CASE edition open now (years 2150-2199, clear of the other tests'), closing in a month. */
    static Fixtures.Edition openNow() {
        LocalDate today = LocalDate.now(NEW_YORK);
        while (true) {
            int year = 2150 + ThreadLocalRandom.current().nextInt(50);
            Map<String, Object> body = new HashMap<>(EditionsTest.caseAwards(year));
            body.put("opens", today.minusDays(1) + "T00:00");
            body.put("closes", today.plusDays(30) + "T23:59");
            Response response = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/editions");
            if (response.statusCode() == 201) {
                return new Fixtures.Edition(response.path("id"), year);
            }
            if (response.statusCode() != 409) {
                throw new AssertionError("could not open an edition: " + response.asString());
            }
        }
    }

    static void fees(Fixtures.Edition edition, Map<String, Object> fees) {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("fees", fees))
                .patch("/api/v1/editions/" + edition.id()).then().statusCode(200);
    }

    /** An early-bird cut-off two hours from now, to the second, as a wall-clock time in New York. */
    static Instant cutOffSoon() {
        return Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    }

    static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, NEW_YORK).toString();
    }

    static Response checkout(String token, List<String> entries, String promoCode) {
        Map<String, Object> body = new HashMap<>(Map.of("entries", entries));
        if (promoCode != null) {
            body.put("promoCode", promoCode);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/checkouts");
    }

    /** The provider session id a checkout's pay page names. */
    static String session(Response checkout) {
        String url = checkout.path("payUrl");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    static void awaitStatus(String token, String checkout, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(given().auth().oauth2(token)
                .get("/api/v1/checkouts/" + checkout).then().statusCode(200).extract().path("status")));
    }

    static Map<String, Object> totals(Fixtures.Edition edition) {
        return given().auth().oauth2(Tokens.staff()).get("/api/v1/review/editions/" + edition.id() + "/fees")
                .then().statusCode(200).extract().jsonPath().getMap("");
    }
}
