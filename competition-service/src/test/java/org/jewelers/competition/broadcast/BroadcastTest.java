package org.jewelers.competition.broadcast;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jewelers.competition.entry.AcceptedEntries;
import org.jewelers.competition.entry.AcceptedEntries.Seeded;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.competition.judging.Panel;
import org.jewelers.competition.judging.RoundFixtures;
import org.jewelers.competition.nomination.Nominees;
import org.jewelers.competition.notice.ReminderSweep;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.MailServer;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Broadcasts through the HTTP API and the real SMTP server: each segment reaches its people once, as previewed,
 * without those who unsubscribed, and its report and each person's notices say what became of every message.
 */
@QuarkusTest
@ExtendWith(MailServer.StartedAgain.class)
class BroadcastTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Pattern UNSUBSCRIBE = Pattern.compile("<[^>]*(/api/v1/notices/unsubscribe/[^>]+)>");

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @Inject
    ReminderSweep sweep;

    @Inject
    BroadcastExpansion expansion;

    @Inject
    DataSource database;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void eachSegmentReachesExactlyItsPeopleOnce() {
        Fixtures.Edition edition = Fixtures.openCase();
        List<Seeded> entrants = AcceptedEntries.inCategory(clock, firms, edition, RoundFixtures.CATEGORY, 3);
        Seeded finalist = entrants.get(0);
        // The finalist has a draft too: a draft holder and a submitter, reached once by each.
        given().auth().oauth2(finalist.token()).contentType(ContentType.JSON)
                .body(Fixtures.piece(edition, RoundFixtures.CATEGORY, 150_000)).post("/api/v1/entries").then()
                .statusCode(201);
        String drafter = "drafter-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.entrant(drafter, finalist.firm().toString())).contentType(ContentType.JSON)
                .body(Fixtures.piece(edition, RoundFixtures.CATEGORY, 150_000)).post("/api/v1/entries").then()
                .statusCode(201);

        Instant opens = edition.duringWindow().plus(Duration.ofDays(60));
        String preJudging = RoundFixtures.preJudging(edition, opens, opens.plus(Duration.ofDays(30)));
        String finals = RoundFixtures.finals(edition, opens.plus(Duration.ofDays(40)), opens.plus(Duration.ofDays(50)));
        staff().contentType(ContentType.JSON).body(Map.of("entryIds", List.of(finalist.entryId())))
                .put("/api/v1/rounds/" + finals + "/finalists").then().statusCode(200);
        staff().post("/api/v1/rounds/" + finals + "/finalists/confirmation").then().statusCode(200);
        String busy = "judge-" + UUID.randomUUID();
        String idle = "judge-" + UUID.randomUUID();
        String later = "judge-" + UUID.randomUUID();
        Panel.assign(preJudging, Map.of("category", RoundFixtures.CATEGORY, "judge", busy)).then().statusCode(200);
        Panel.enrol(edition.id(), idle, null).then().statusCode(201);
        Panel.assign(finals, Map.of("category", RoundFixtures.CATEGORY, "judge", later)).then().statusCode(200);

        // Someone of another edition, in every segment there, is in none here.
        Nominees.Edition other = Nominees.open();
        Nominees.Nominator stranger = Nominees.nominator(Nominees.firm(firms));
        clock.fix(other.duringWindow());
        Nominees.draft(stranger, Nominees.complete(other, "self"));
        staff().contentType(ContentType.JSON).body(body("draft-holders", "Nominations close soon"))
                .post("/api/v1/review/editions/" + other.id() + "/broadcasts/preview").then().statusCode(200)
                .body("count", equalTo(1)).body("sample.recipient", equalTo(stranger.email()));

        clock.fix(opens.plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS));
        List<String> addresses = entrants.stream().map(seeded -> seeded.secrets().get(2)).toList();
        Map<String, Set<String>> segments = new LinkedHashMap<>();
        segments.put("draft-holders", Set.of(addresses.get(0), drafter + "@test.jewelers.example"));
        segments.put("submitters", Set.copyOf(addresses));
        segments.put("finalists", Set.of(addresses.get(0)));
        segments.put("judges-not-finished", Set.of(busy + "@judges.example"));
        Set<String> everyone = new TreeSet<>();
        segments.values().forEach(everyone::addAll);
        everyone.addAll(List.of(idle + "@judges.example", later + "@judges.example", stranger.email()));

        Map<String, String> subjects = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        segments.forEach((segment, people) -> {
            clock.fix(clock.instant().plusSeconds(1));
            String subject = "To the " + segment + " " + UUID.randomUUID();
            subjects.put(segment, subject);
            Map<String, Object> body = body(segment, subject);
            staff().contentType(ContentType.JSON).body(body)
                    .post("/api/v1/review/editions/" + edition.id() + "/broadcasts/preview").then().statusCode(200)
                    .body("count", equalTo(people.size()))
                    .body("sample.recipient", equalTo(new TreeSet<>(people).first()))
                    .body("sample.subject", equalTo(subject))
                    .body("sample.text", containsString("Second line for " + segment))
                    .body("sample.html", containsString("Second line for " + segment));
            String key = UUID.randomUUID().toString();
            JsonPath report = send(edition.id(), key, body).then().statusCode(202)
                    .header("Idempotent-Replayed", "false")
                    .body("recipients", equalTo(people.size())).body("segment", equalTo(segment))
                    .body("createdBy", equalTo("staff-1")).body("status", equalTo("expanding"))
                    .extract().jsonPath();
            ids.put(segment, report.getString("id"));
            // A retry is answered the first broadcast; the key with another request is refused.
            send(edition.id(), key, body).then().statusCode(202).header("Idempotent-Replayed", "true")
                    .body("id", equalTo(report.getString("id")));
            send(edition.id(), key, body(segment, subject + " again")).then().statusCode(422)
                    .body("type", containsString("idempotency-key-reused"));
        });
        staff().get("/api/v1/review/editions/" + edition.id() + "/broadcasts").then().statusCode(200)
                .body("total", equalTo(4)).body("items[0].id", equalTo(ids.get("judges-not-finished")));

        sweep.sweep();
        segments.forEach((segment, people) -> await().atMost(PATIENCE).untilAsserted(() ->
                report(ids.get(segment)).then().body("status", equalTo("queued"))
                        .body("sent", equalTo(people.size())).body("pending", equalTo(0))
                        .body("failed", equalTo(0)).body("cancelled", equalTo(0))));
        for (String address : everyone) {
            segments.forEach((segment, people) -> assertEquals(people.contains(address) ? 1 : 0,
                    received(address, subjects.get(segment)).size(), address + " of " + segment));
        }
        staff().get("/api/v1/review/broadcasts/" + ids.get("finalists") + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("queued", "sent")))
                .body("items[1].actor", equalTo("staff-1"))
                .body("items[1].changes.recipients.to", equalTo(1));
    }

    @Test
    void unsubscribedAddressesAreLeftOutAndTheReportCountsEveryMessage() {
        Fixtures.Edition edition = Fixtures.openCase();
        List<Seeded> entrants = AcceptedEntries.inCategory(clock, firms, edition, RoundFixtures.CATEGORY, 3);
        String quitter = entrants.get(0).secrets().get(2);
        String stayer = entrants.get(1).secrets().get(2);
        String lateQuitter = entrants.get(2).secrets().get(2);
        Instant first = edition.duringWindow().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        clock.fix(first);
        String firstSubject = "Judging starts soon " + UUID.randomUUID();
        String firstId = send(edition.id(), null, body("submitters", firstSubject)).then().statusCode(202)
                .extract().path("id");
        sweep.sweep();
        await().atMost(PATIENCE).until(() -> entrants.stream()
                .allMatch(seeded -> received(seeded.secrets().get(2), firstSubject).size() == 1));

        MailServer.ReceivedMail mail = received(quitter, firstSubject).get(0);
        assertEquals("List-Unsubscribe=One-Click", mail.header("List-Unsubscribe-Post"));
        assertNotNull(mail.messageId());
        assertThat(mail.html(), containsString("Second line for submitters"));
        Matcher link = UNSUBSCRIBE.matcher(mail.header("List-Unsubscribe"));
        assertTrue(link.find(), mail.header("List-Unsubscribe"));
        assertThat(mail.text(), containsString(link.group(1)));
        given().post(link.group(1)).then().statusCode(200).body("recipient", equalTo(quitter))
                .body("kind", equalTo("broadcast"));

        staff().contentType(ContentType.JSON).body(body("submitters", "Anyone"))
                .post("/api/v1/review/editions/" + edition.id() + "/broadcasts/preview").then().statusCode(200)
                .body("count", equalTo(2));
        // The mail server forgets what it received when it stops.
        Matcher lateLink = UNSUBSCRIBE.matcher(received(lateQuitter, firstSubject).get(0).header("List-Unsubscribe"));
        assertTrue(lateLink.find());
        MailServer.get().stop();
        Instant second = first.plus(Duration.ofDays(1));
        clock.fix(second);
        String secondSubject = "Judging has started " + UUID.randomUUID();
        String secondId = send(edition.id(), null, body("submitters", secondSubject)).then().statusCode(202)
                .body("recipients", equalTo(2)).extract().path("id");
        sweep.sweep();
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath waiting = report(secondId).jsonPath();
            assertEquals(0, waiting.getInt("sent"));
            assertTrue(waiting.getInt("failed") >= 1, waiting.prettify());
            assertEquals(2, waiting.getInt("failed") + waiting.getInt("pending"));
        });

        // Each person's notices, newest first: the one waiting and the one sent; none to whoever unsubscribed.
        // (Their entry's receipt and screening outcome, decided before both, come last.)
        staff().queryParam("recipient", stayer.toUpperCase()).get("/api/v1/review/notices").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.kind[2..3]", containsInAnyOrder("receipt", "screening-outcome"))
                .body("items.subjectId[0..1]", equalTo(List.of(secondId, firstId)))
                .body("items.kind[0..1]", equalTo(List.of("broadcast", "broadcast")))
                .body("items.slot[0..1]", equalTo(List.of("sent", "sent")))
                .body("items.edition[0..1]", equalTo(List.of(edition.id(), edition.id())))
                .body("items[0].status", oneOf("pending", "failed"))
                .body("items[0].sentAt", equalTo(null))
                .body("items[0].decidedAt", equalTo(second.toString()))
                .body("items[1].status", equalTo("sent"))
                .body("items[1].subject", equalTo(firstSubject))
                .body("items[1].attempts", equalTo(1));
        staff().queryParam("recipient", stayer).queryParam("sort", "decidedAt").get("/api/v1/review/notices").then()
                .statusCode(200).body("items.subjectId[2..3]", equalTo(List.of(firstId, secondId)));
        staff().queryParam("recipient", quitter).get("/api/v1/review/notices").then().statusCode(200)
                .body("items.findAll { it.kind == 'broadcast' }.subjectId", equalTo(List.of(firstId)));

        // Unsubscribing takes back what is queued for the address and not yet sent.
        given().post(lateLink.group(1)).then().statusCode(200);
        staff().queryParam("recipient", lateQuitter).get("/api/v1/review/notices").then().statusCode(200)
                .body("items[0].status", equalTo("cancelled")).body("items[0].subjectId", equalTo(secondId));

        MailServer.get().start();
        await().atMost(PATIENCE).untilAsserted(() -> report(secondId).then().body("recipients", equalTo(2))
                .body("sent", equalTo(1)).body("cancelled", equalTo(1)).body("pending", equalTo(0))
                .body("failed", equalTo(0)));
        await().atMost(PATIENCE).until(() -> received(stayer, secondSubject).size() == 1);
        assertEquals(List.of(), received(quitter, secondSubject));
        assertEquals(List.of(), received(lateQuitter, secondSubject));
        report(firstId).then().body("sent", equalTo(3)).body("recipients", equalTo(3));
    }

    @Test
    void aBroadcastOfHundredsInterruptedMidwayReachesEachOnce() throws SQLException {
        Fixtures.Edition edition = Fixtures.openCase();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 260; i++) {
            people.add("holder-" + run + "-" + i + "@test.jewelers.example");
        }
        drafts(edition, people);
        // One person's second draft, under their address written otherwise, is still one recipient.
        drafts(edition, List.of(" " + people.get(7).toUpperCase()));
        Map<String, Object> body = body("draft-holders", "Your drafts " + run);
        staff().contentType(ContentType.JSON).body(body)
                .post("/api/v1/review/editions/" + edition.id() + "/broadcasts/preview").then().statusCode(200)
                .body("count", equalTo(people.size()));
        String id = send(edition.id(), "hundreds-" + run, body).then().statusCode(202)
                .body("recipients", equalTo(people.size())).extract().path("id");

        // A batch that dies before it commits leaves nothing behind; one that commits is not done again.
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                expansion.sendDue(clock.instant(), 100);
                throw new IllegalStateException("the replica dies");
            });
        } catch (RuntimeException expected) {
            // As a killed replica's open transaction, rolled back.
        }
        QuarkusTransaction.requiringNew().call(() -> expansion.sendDue(clock.instant(), 100));
        sweep.sweep();

        report(id).then().body("status", equalTo("queued")).body("recipients", equalTo(people.size()));
        await().atMost(PATIENCE).untilAsserted(() -> report(id).then().body("sent", equalTo(people.size())));
        Set<String> messageIds = people.stream().flatMap(address -> {
            List<MailServer.ReceivedMail> mails = received(address, "Your drafts " + run);
            assertEquals(1, mails.size(), address);
            return mails.stream().map(MailServer.ReceivedMail::messageId);
        }).collect(Collectors.toSet());
        assertEquals(people.size(), messageIds.size());
    }

    @Test
    void outOfBoundsRequestsAreRefusedAndChangeNothing() {
        Fixtures.Edition edition = Fixtures.openCase();
        List<Seeded> entrants = AcceptedEntries.inCategory(clock, firms, edition, RoundFixtures.CATEGORY, 1);
        String broadcasts = "/api/v1/review/editions/" + edition.id() + "/broadcasts";
        List<Map<String, Object>> bad = List.of(
                body("submitters", "x".repeat(201)),
                body("submitters", "Two\nlines"),
                body("submitters", " "),
                Map.of("segment", "submitters", "subject", "Hello", "message", "y".repeat(10_001)),
                Map.of("segment", "submitters", "subject", "Hello"),
                body("everyone", "Hello"));
        List<String> fields = List.of("subject", "subject", "subject", "message", "message", "segment");
        for (int i = 0; i < bad.size(); i++) {
            for (String path : List.of(broadcasts, broadcasts + "/preview")) {
                staff().contentType(ContentType.JSON).body(bad.get(i)).post(path).then().statusCode(400)
                        .body("errors.field", hasItem(fields.get(i)));
            }
        }
        staff().contentType(ContentType.JSON).body(body("submitters", "Hello")).header("Idempotency-Key", "two words")
                .post(broadcasts).then().statusCode(400);
        staff().queryParam("size", 101).get(broadcasts).then().statusCode(400);
        staff().queryParam("recipient", "a@b.example").queryParam("size", 101).get("/api/v1/review/notices").then()
                .statusCode(400);
        staff().queryParam("recipient", "a@b.example").queryParam("sort", "recipient").get("/api/v1/review/notices")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        staff().get("/api/v1/review/notices").then().statusCode(400);
        staff().contentType(ContentType.JSON).body(body("submitters", "Hello"))
                .post("/api/v1/review/editions/" + UUID.randomUUID() + "/broadcasts").then().statusCode(404);
        given().auth().oauth2(entrants.get(0).token()).contentType(ContentType.JSON).body(body("submitters", "Hello"))
                .post(broadcasts).then().statusCode(403);
        given().auth().oauth2(entrants.get(0).token()).queryParam("recipient", entrants.get(0).secrets().get(2))
                .get("/api/v1/review/notices").then().statusCode(403);

        staff().get(broadcasts).then().statusCode(200).body("total", equalTo(0));
        staff().queryParam("recipient", entrants.get(0).secrets().get(2)).get("/api/v1/review/notices").then()
                .statusCode(200).body("items.kind", containsInAnyOrder("receipt", "screening-outcome"));
    }

    @Test
    void staffPreviewANoticeOfAKindAboutOneSubject() {
        Fixtures.Edition edition = Fixtures.openCase();
        List<Seeded> entrants = AcceptedEntries.inCategory(clock, firms, edition, RoundFixtures.CATEGORY, 2);
        String subject = "Previewed " + UUID.randomUUID();
        String id = send(edition.id(), null, body("submitters", subject)).then().statusCode(202).extract().path("id");
        String first = new TreeSet<>(entrants.stream().map(seeded -> seeded.secrets().get(2)).toList()).first();

        staff().queryParam("kind", "broadcast").queryParam("subjectId", id).get("/api/v1/review/notices/preview")
                .then().statusCode(200).body("recipient", equalTo(first)).body("subject", equalTo(subject))
                .body("text", containsString("Second line for submitters"))
                .body("text", containsString("/api/v1/notices/unsubscribe/"))
                .body("html", startsWith("<!DOCTYPE html>"));
        staff().queryParam("kind", "broadcast").queryParam("subjectId", UUID.randomUUID().toString())
                .get("/api/v1/review/notices/preview").then().statusCode(404);
        staff().queryParam("kind", "newsletter").queryParam("subjectId", id).get("/api/v1/review/notices/preview")
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        staff().queryParam("kind", "broadcast").queryParam("subjectId", "not-a-uuid")
                .get("/api/v1/review/notices/preview").then().statusCode(400)
                .body("errors.field", hasItem("subjectId"));
        staff().queryParam("kind", "broadcast").get("/api/v1/review/notices/preview").then().statusCode(400);
        given().auth().oauth2(entrants.get(0).token()).queryParam("kind", "broadcast").queryParam("subjectId", id)
                .get("/api/v1/review/notices/preview").then().statusCode(403);
        // Nothing was sent by looking.
        assertEquals(List.of(), received(first, subject));
    }

    private static Map<String, Object> body(String segment, String subject) {
        return Map.of("segment", segment, "subject", subject,
                "message", "Dear member,\nSecond line for " + segment + ".");
    }

    private static RequestSpecification staff() {
        return given().auth().oauth2(Tokens.staff());
    }

    private static Response send(String edition, String key, Map<String, Object> body) {
        RequestSpecification request = staff().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/review/editions/" + edition + "/broadcasts");
    }

    private static Response report(String id) {
        return staff().get("/api/v1/review/broadcasts/" + id).then().statusCode(200).extract().response();
    }

    private static List<MailServer.ReceivedMail> received(String address, String subject) {
        return MailServer.get().to(address).stream().filter(mail -> subject.equals(mail.subject())).toList();
    }

    /** A draft entry of each address, written straight to the table: hundreds of entrants at once. */
    private void drafts(Fixtures.Edition edition, List<String> owners) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into entry (id, edition_id, category, owner_subject, owner_email, no_makers_mark_visible,
                                        status, version, created_at, updated_at)
                     values (?, ?, ?, ?, ?, false, 'DRAFT', 0, ?, ?)""")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (String owner : owners) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, UUID.fromString(edition.id()));
                insert.setString(3, RoundFixtures.CATEGORY);
                insert.setString(4, "seeded-" + UUID.randomUUID());
                insert.setString(5, owner);
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
