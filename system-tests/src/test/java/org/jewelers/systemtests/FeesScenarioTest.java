package org.jewelers.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Entry fees end to end through the gateway: staff price an edition, an entrant's submit is refused until the fee
 * is paid, the entrant pays for two drafts at once on the Stripe stub's hosted page as a browser would, the
 * competition hears of the payment from the stub's signed webhook (through the gateway), and the drafts submit;
 * staff's totals and CSV show the payment.
 */
class FeesScenarioTest {

    private static final String LOW = "retailer-up-to-2000";
    private static final String MIDDLE = "retailer-2001-5000";

    @Test
    void anEntrantPaysForTwoDraftsOnTheHostedPageAndThenSubmitsThem() throws IOException, InterruptedException {
        String staff = RunningSystem.tokens().staff();
        String firm = CompetitionDesk.firm("Fee Scenario Jewelers", "retailer", "Providence", "RI", "02903");
        String edition = CompetitionDesk.edition("case-awards", "CASE Awards fees scenario", List.of(
                Map.of("code", LOW, "name", "Retailer, up to $2,000", "division", "retailer",
                        "minValueCents", 0, "maxValueCents", 200_000),
                Map.of("code", MIDDLE, "name", "Retailer, $2,001 to $5,000", "division", "retailer",
                        "minValueCents", 200_100, "maxValueCents", 500_000)));
        CompetitionDesk.as(staff).contentType(ContentType.JSON)
                .body(Map.of("fees", Map.of("currency", "USD", "entryCents", 5000,
                        "categories", List.of(Map.of("code", MIDDLE, "cents", 7500)))))
                .patch("/api/v1/editions/" + edition).then().statusCode(200)
                .body("fees.entryCents", equalTo(5000));

        String entrant = RunningSystem.tokens().mint("fees-entrant-" + UUID.randomUUID(), "entrant", firm);
        String ring = draft(entrant, edition, LOW, "Sandbar Ring", 150_000);
        String brooch = draft(entrant, edition, MIDDLE, "Shoal Brooch", 320_000);

        // Once the competition knows the firm (from the directory's events), the submit is refused for the fee alone.
        await().atMost(CompetitionDesk.PATIENCE).until(() -> String.valueOf(submit(entrant, ring).<String>path("type"))
                .endsWith("/payment-required"));
        submit(entrant, ring).then().statusCode(422).body("amountDueCents", equalTo(5000));

        Response checkout = CompetitionDesk.as(entrant).contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(ring, brooch))).post("/api/v1/checkouts");
        checkout.then().statusCode(201)
                .body("status", equalTo("open"))
                .body("currency", equalTo("USD"))
                .body("amountCents", equalTo(12_500))
                .body("lines", hasSize(2))
                .body("payUrl", startsWith(RunningSystem.stripeUrl() + "/pay/"));
        String checkoutId = checkout.path("id");
        URI payPage = URI.create(checkout.path("payUrl"));

        // The entrant's browser: the hosted page, then its form's POST, answered with a redirect back to the site.
        HttpClient browser = HttpClient.newHttpClient();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(payPage).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertThat(page.body(), containsString("<form method=\"post\""));
        HttpResponse<String> paid = browser.send(HttpRequest.newBuilder(payPage)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, paid.statusCode(), paid::body);
        assertThat(paid.headers().firstValue("Location").orElse(""), containsString("/checkout/paid?checkout="));

        await().atMost(CompetitionDesk.PATIENCE).until(() -> CompetitionDesk.as(entrant)
                .get("/api/v1/checkouts/" + checkoutId).then().statusCode(200).extract()
                .<String>path("status").equals("completed"));
        CompetitionDesk.as(entrant).get("/api/v1/checkouts/" + checkoutId).then().body("payUrl", nullValue());

        submit(entrant, ring).then().statusCode(200);
        submit(entrant, brooch).then().statusCode(200);

        CompetitionDesk.as(staff).get("/api/v1/review/editions/" + edition + "/fees").then().statusCode(200)
                .body("currency", equalTo("USD"))
                .body("paidCents", equalTo(12_500))
                .body("netCents", equalTo(12_500))
                .body("paid", equalTo(2))
                .body("outstanding", equalTo(0));
        String csv = CompetitionDesk.as(staff).get("/api/v1/review/editions/" + edition + "/fees.csv")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().filter(line -> line.contains(checkoutId)).toList();
        assertEquals(2, lines.size(), csv);
        assertThat(String.join("\n", lines), containsString(ring));
        assertThat(String.join("\n", lines), containsString(brooch));
    }

    /** A draft with everything submit needs but its fee: the piece's facts and a photo; its id. */
    private static String draft(String entrant, String edition, String category, String title, long retailValueCents) {
        String entry = CompetitionDesk.as(entrant).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition, "category", category, "title", title,
                        "description", "A piece entered to see its fee paid.",
                        "materialsAndTechniques", "Sterling silver, hand-fabricated",
                        "retailValueCents", retailValueCents, "noMakersMarkVisible", true))
                .post("/api/v1/entries").then().statusCode(201).extract().path("id");
        CompetitionDesk.as(entrant).multiPart("file", "piece.png", CompetitionDesk.png(80, 60), "image/png")
                .multiPart("kind", "photo")
                .post("/api/v1/entries/" + entry + "/images").then().statusCode(201);
        return entry;
    }

    private static Response submit(String entrant, String entry) {
        return CompetitionDesk.as(entrant).contentType(ContentType.JSON).post("/api/v1/entries/" + entry + "/submit");
    }
}
