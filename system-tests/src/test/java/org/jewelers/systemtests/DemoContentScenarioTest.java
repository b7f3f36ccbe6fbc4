package org.jewelers.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer finds after ./run.sh: demo content in every service, loaded through the APIs, and a notice of
 * each kind in the dev mailbox.
 */
class DemoContentScenarioTest {

    @Test
    void theCompetitionsHaveAnOpenCaseEditionAndA20Under40Edition() {
        given().spec(RunningSystem.gateway()).get("/api/v1/editions")
                .then().statusCode(200)
                .body("items.program", hasItems("case-awards", "20-under-40"))
                // Other scenarios open editions of their own in the same system: the demo's is the one closing June 28.
                .body("items.findAll { it.program == 'case-awards' && it.status == 'open' }.closes.local",
                        hasItem(org.hamcrest.Matchers.endsWith("-06-28T23:59:00")));
    }

    /**
     * The open CASE edition charges fees (DemoFees): Fay paid for two entries at once with the demo's promo code on
     * the Stripe stub's page, the webhook told the competition, and both entries are submitted; staff's totals show
     * the payment and nothing outstanding.
     */
    @Test
    void theOpenCaseEditionChargesFeesAndADemoEntrantPaidForTwoEntries() {
        String staff = RunningSystem.tokens().staff();
        JsonPath edition = given().spec(RunningSystem.gateway()).queryParam("program", "case-awards")
                .queryParam("status", "open").queryParam("size", 100).get("/api/v1/editions")
                .then().statusCode(200).extract().jsonPath();
        String id = edition.getString("items.find { it.closes.local.endsWith('-06-28T23:59:00') }.id");
        given().spec(RunningSystem.gateway()).get("/api/v1/editions/" + id).then().statusCode(200)
                .body("fees.entryCents", equalTo(5000))
                .body("fees.earlyBird.cents", equalTo(3500))
                .body("fees.categories.code", hasItem("retailer-10001-50000"));

        // As staff see it: the edition's one checkout, Fay's, paid, and both its entries submitted.
        JsonPath checkouts = given().spec(RunningSystem.gateway()).auth().oauth2(staff)
                .get("/api/v1/review/editions/" + id + "/checkouts")
                .then().statusCode(200).body("items", hasSize(1)).extract().jsonPath();
        assertEquals("completed", checkouts.getString("items[0].status"));
        List<Integer> lineAmounts = checkouts.getList("items[0].lines.amountCents", Integer.class);
        assertEquals(2, lineAmounts.size());
        int amount = checkouts.getInt("items[0].amountCents");
        assertEquals(lineAmounts.stream().mapToInt(Integer::intValue).sum(), amount);
        assertThat("the promo code took something off", checkouts.getList("items[0].lines.discountCents",
                Integer.class).stream().mapToInt(Integer::intValue).sum(), greaterThan(0));
        for (String entry : checkouts.getList("items[0].lines.subjectId", String.class)) {
            given().spec(RunningSystem.gateway()).auth().oauth2(staff).get("/api/v1/review/entries/" + entry)
                    .then().statusCode(200)
                    .body("entrant", equalTo("demo-entrant-fay"))
                    .body("status", equalTo("submitted"));
        }

        given().spec(RunningSystem.gateway()).auth().oauth2(staff).get("/api/v1/review/editions/" + id + "/fees")
                .then().statusCode(200)
                .body("currency", equalTo("USD"))
                .body("paid", equalTo(2))
                .body("paidCents", equalTo(amount))
                .body("outstanding", equalTo(0));
        given().spec(RunningSystem.gateway()).auth().oauth2(staff)
                .get("/api/v1/review/editions/" + id + "/promo-codes")
                .then().statusCode(200).body("find { it.code == 'CASE10' }.used", equalTo(1));
    }

    @Test
    void theCareersSectionHasPublishedArticlesAndOpenJobsAtMemberFirms() {
        given().spec(RunningSystem.gateway()).get("/api/v1/articles")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(3));
        given().spec(RunningSystem.gateway()).get("/api/v1/jobs")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(20));
        given().spec(RunningSystem.gateway()).queryParam("hiring", "true").get("/api/v1/members")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void lastYearsCaseAwardsHavePublishedWinnersAndFinalistsWithPictures() {
        JsonPath results = publishedResults("case-awards", "CASE Awards " + lastYear());
        List<String> pictures = new ArrayList<>();
        List<String> winners = new ArrayList<>();
        for (String code : List.of("retailer-2001-5000", "retailer-5001-10000", "supplier-5001-10000",
                "supplier-10001-50000", "retailer-best-in-show", "supplier-best-in-show")) {
            String category = "categories.find { it.code == '" + code + "' }";
            winners.add(results.getString(category + ".winner.pieceTitle"));
            pictures.addAll(results.getList(category + ".winner.images.file"));
            pictures.addAll(results.getList(category + ".winner.images.thumbnail"));
            pictures.addAll(results.getList(category + ".finalists.images.flatten().file"));
            pictures.addAll(results.getList(category + ".finalists.images.flatten().thumbnail"));
        }
        assertFalse(winners.contains(null), "every category has its winner: " + winners);
        assertEquals(20, pictures.size(), "file and thumbnail of 8 pieces, and of the 2 Best in Show winners again: "
                + pictures);
        pictures.forEach(DemoContentScenarioTest::answersAnImage);
    }

    /** DemoCustody: last year's CASE finalists' pieces stand at every stage of their journey, and the log verifies. */
    @Test
    void lastYearsCaseFinalistsPiecesStandAtEveryStageOfTheirCustody() {
        String staff = RunningSystem.tokens().staff();
        String id = pastEdition("case-awards", "CASE Awards " + lastYear());
        String custody = "/api/v1/review/editions/" + id + "/custody";
        given().spec(RunningSystem.gateway()).auth().oauth2(staff).queryParam("size", 50).get(custody).then()
                .statusCode(200).body("total", equalTo(8))
                .body("items.state", equalTo(List.of("shipped", "received", "in-judging", "judged", "returning",
                        "returning", "returned", "returned")));
        given().spec(RunningSystem.gateway()).auth().oauth2(staff).get(custody + "/premises").then().statusCode(200)
                .body("pieces", equalTo(5)).body("overInsuredLimit", equalTo(true));
        given().spec(RunningSystem.gateway()).auth().oauth2(staff).get(custody + "/verify").then().statusCode(200)
                .body("ok", equalTo(true));
    }

    @Test
    void lastYears20Under40HonoreesArePublishedWithTheirPhotos() {
        JsonPath results = publishedResults("20-under-40", "20 Under 40, class of " + lastYear());
        for (String list : List.of("retail", "suppliers")) {
            List<String> photos = results.getList("lists.find { it.code == '" + list + "' }.honorees.photo");
            assertEquals(3, photos.size(), list + ": three honorees, each with the photo they agreed to publish");
            assertFalse(results.getList("lists.find { it.code == '" + list + "' }.honorees.citation").contains(null));
            photos.forEach(photo -> {
                answersAnImage(photo);
                answersAnImage(photo + "/thumbnail");
            });
        }
    }

    /**
     * ./run.sh's demo leaves at least one notice of each kind in the dev mailbox (DemoNotices and the demo editions),
     * each to the demo person it concerns; the reminders and broadcasts with a one-click unsubscribe link, the judge's
     * invitation with the round's calendar file. Timed ones fall due within half a minute of the demo's start.
     */
    @Test
    void theDemoLeavesANoticeOfEachKindInTheMailbox() {
        Map<String, DemoNotice> kinds = new LinkedHashMap<>();
        kinds.put("screening-outcome", new DemoNotice("demo-entrant-eli@", "^Your entry \".+\" was accepted$"));
        kinds.put("finalist", new DemoNotice("demo-designer-", "^\".+\" is a finalist of CASE Awards "));
        kinds.put("results", new DemoNotice("demo-honoree-", "^20 Under 40, class of .+: the results"));
        kinds.put("draft-reminder", new DemoNotice("demo-entrant-dana@", "is not submitted yet$"));
        kinds.put("consent-reminder", new DemoNotice("jordan.avery@", "^Reminder: your nomination for .+ needs your answer$"));
        kinds.put("nominator-told", new DemoNotice("demo-entrant-cora@", "^Sam Ortiz consented to your nomination for "));
        kinds.put("judge-invitation", new DemoNotice("rosa.delgado@", "^You are invited to judge "));
        kinds.put("judge-reminder", new DemoNotice("rosa.delgado@", "^Reminder: .+ closes "));
        kinds.put("broadcast", new DemoNotice("demo-entrant-dana@", "^Entries close tomorrow$"));
        kinds.put("custody-received", new DemoNotice("demo-designer-", "^We received your piece \".+\"$"));
        kinds.put("custody-return-shipped", new DemoNotice("demo-designer-", "^Your piece \".+\" is on its way back$"));
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        // Outside the wait: the first use starts the system, which loads the demo.
        String mailboxUrl = RunningSystem.mailboxUrl();
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                JsonPath mailbox = given().get(mailboxUrl).then().statusCode(200).extract().jsonPath();
                List<Map<String, Object>> messages = mailbox.getList("$");
                kinds.forEach((kind, notice) -> messages.stream().filter(notice::matches).findFirst()
                        .ifPresent(message -> found.putIfAbsent(kind, message)));
                return found.keySet().containsAll(kinds.keySet());
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no message in the mailbox for " + kinds.keySet().stream()
                    .filter(kind -> !found.containsKey(kind)).toList(), e);
        }
        for (String reminder : List.of("draft-reminder", "consent-reminder", "judge-reminder", "broadcast")) {
            assertThat(reminder + " carries a one-click unsubscribe link",
                    String.valueOf(found.get(reminder).get("listUnsubscribe")),
                    containsString("/api/v1/notices/unsubscribe/"));
        }
        assertThat((List<?>) found.get("judge-invitation").get("attachments"), hasItem(hasToString(endsWith(".ics"))));
        System.out.println("demo notices in the mailbox: " + found.keySet());
    }

    /** A demo notice: to an address starting so, with a subject matching the pattern. */
    private record DemoNotice(String recipient, String subject) {

        boolean matches(Map<String, Object> message) {
            Object to = message.get("to");
            return to instanceof List<?> addresses && addresses.stream().anyMatch(a -> a.toString().startsWith(recipient))
                    && Pattern.compile(subject).matcher(String.valueOf(message.get("subject"))).find();
        }
    }

    private static int lastYear() {
        return LocalDate.now().getYear() - 1;
    }

    /** The results of the demo's past edition of a program, read as the public reads them (no token). */
    private static JsonPath publishedResults(String program, String title) {
        return given().spec(RunningSystem.gateway()).get("/api/v1/editions/" + pastEdition(program, title) + "/results")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The id of the demo's past edition of a program with this title. */
    private static String pastEdition(String program, String title) {
        return given().spec(RunningSystem.gateway()).queryParam("status", "closed").queryParam("program", program)
                .queryParam("size", 100).get("/api/v1/editions")
                .then().statusCode(200)
                .body("items.findAll { it.title == '" + title + "' }", hasSize(1))
                .extract().path("items.find { it.title == '" + title + "' }.id");
    }

    /**
     * Each picture answers 200 through the gateway. Fetched with a staff token only to keep the many files clear of
     * the anonymous limit per address, which the gallery's browser test spends from the same address.
     */
    private static void answersAnImage(String path) {
        given().spec(RunningSystem.gateway()).auth().oauth2(RunningSystem.tokens().staff()).get(path)
                .then().statusCode(200).contentType(startsWith("image/"));
    }
}
