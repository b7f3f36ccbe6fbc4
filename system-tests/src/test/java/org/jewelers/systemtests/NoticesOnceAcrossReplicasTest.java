package org.jewelers.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, done-when 2: two competition-service processes on one database, both running their schedules (the
 * reminder sweep, the broadcast's expansion, the mail sender), each serving half of the writes that cause notices,
 * send each notice once. Counted in the stack's mailbox, per recipient and by Message-ID, over a whole schedule:
 * submit receipts, screening outcomes (accepted and ineligible), a draft reminder's slot falling due, and a
 * broadcast to the draft holders; then held for several sweeps to see that nothing more comes.
 *
 * <p>The system runs on real time: the drafts are made first, then the edition's close is moved to 24 hours after
 * a moment just past, so that its one reminder slot ({@code PT24H}) falls due after the drafts began (a slot due
 * before a draft existed is never sent late).
 */
class NoticesOnceAcrossReplicasTest {

    private static final String CATEGORY = "retailer-up-to-2000";
    private static final int DRAFT_HOLDERS = 6;
    private static final int SUBMITTERS = 4;
    /** Several sweeps (every 2 s in tests) and mail rounds (every 1 s) of both processes. */
    private static final Duration QUIET = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String staff = RunningSystem.tokens().staff();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void twoReplicasOnOneDatabaseSendEachNoticeOnce() {
        String second = RunningSystem.secondCompetitionUrl();
        long started = System.nanoTime();
        String firm = CompetitionDesk.firm("Replica Jewelers " + run, "retailer", "Mystic", "CT", "06355");
        String edition = CompetitionDesk.edition("case-awards", "Two replicas",
                List.of(Map.of("code", CATEGORY, "name", "Retailer, up to $2,000", "division", "retailer",
                        "minValueCents", 0, "maxValueCents", 200_000)));
        // One slot only, so that each draft holder is due exactly one reminder.
        replica(0, second, staff).contentType(ContentType.JSON).body(Map.of("draftReminders", List.of("PT24H")))
                .patch("/api/v1/editions/" + edition).then().statusCode(200);

        Map<String, Integer> expected = new TreeMap<>();
        for (int i = 0; i < DRAFT_HOLDERS; i++) {
            String holder = "replicas-" + run + "-draft-" + i;
            draft(replica(i, second, token(holder, firm)), edition, "Draft Brooch " + i);
            expected.put(email(holder), 2); // the reminder and the broadcast
        }
        for (int i = 0; i < SUBMITTERS; i++) {
            String submitter = "replicas-" + run + "-submit-" + i;
            // A firm has one entry per category: each submitter works for a firm of their own.
            String token = token(submitter, CompetitionDesk.firm("Replica Jewelers " + run + " " + i, "retailer",
                    "Mystic", "CT", "06355"));
            String entry = draft(replica(i, second, token), edition, "Submitted Ring " + i);
            replica(i, second, token).multiPart("file", "ring.png", CompetitionDesk.png(80, 60), "image/png")
                    .multiPart("kind", "photo").post("/api/v1/entries/" + entry + "/images").then().statusCode(201);
            // The competition takes the firm's first submit once it has heard of the firm from the directory.
            await().atMost(CompetitionDesk.PATIENCE).until(() -> replica(0, second, token).contentType(ContentType.JSON)
                    .header("Idempotency-Key", "replicas-" + entry).body(Map.of())
                    .post("/api/v1/entries/" + entry + "/submit").then().extract().statusCode() == 200);
            Map<String, Object> outcome = i == 0 ? Map.of("eligible", false, "reason", "The piece is over the band's value.")
                    : Map.of("eligible", true);
            replica(i + 1, second, staff).contentType(ContentType.JSON).body(outcome)
                    .post("/api/v1/review/entries/" + entry + "/screening").then().statusCode(200);
            expected.put(email(submitter), 2); // the receipt and the screening outcome
        }

        // The reminder slot falls due a moment after the last draft began, and the close is 24 hours after it.
        Instant due = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        CompetitionDesk.awaitPast(due);
        replica(1, second, staff).contentType(ContentType.JSON)
                .body(Map.of("closes", LocalDateTime.ofInstant(due.plus(Duration.ofHours(24)), ZoneOffset.UTC).toString()))
                .patch("/api/v1/editions/" + edition).then().statusCode(200);
        replica(1, second, staff).contentType(ContentType.JSON).body(Map.of("segment", "draft-holders",
                        "subject", "Two days left (" + run + ")", "message", "Finish your draft before the close."))
                .post("/api/v1/review/editions/" + edition + "/broadcasts").then().statusCode(202);

        await("every expected notice").atMost(CompetitionDesk.PATIENCE).pollInterval(Duration.ofMillis(500))
                .until(() -> perRecipient(received()).equals(expected));
        double arrived = (System.nanoTime() - started) / 1e9;
        // Nothing more while both processes sweep and send several times over.
        await("nothing sent twice").during(QUIET).atMost(QUIET.plusSeconds(10)).pollInterval(Duration.ofSeconds(1))
                .until(() -> perRecipient(received()).equals(expected));

        List<JsonNode> messages = received();
        long distinct = messages.stream().map(m -> m.path("messageId").asText()).distinct().count();
        int total = expected.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("two competition replicas: %d notices to %d people, %d distinct Message-IDs, all in %.1f s,"
                + " then none more in %d s%n", messages.size(), expected.size(), distinct, arrived, QUIET.toSeconds());
        assertEquals(total, messages.size(), "messages");
        assertEquals(total, distinct, "distinct Message-IDs");
    }

    /** Each caller's requests go to one process or the other, alternating. */
    private static RequestSpecification replica(int turn, String second, String token) {
        RequestSpecification spec = turn % 2 == 0 ? given().spec(RunningSystem.gateway()) : given().baseUri(second);
        return spec.auth().oauth2(token);
    }

    private static String token(String subject, String firm) {
        return RunningSystem.tokens().mint(subject, "entrant", firm);
    }

    private static String email(String subject) {
        return subject + "@dev.jewelers.example";
    }

    private static String draft(RequestSpecification entrant, String edition, String title) {
        return entrant.contentType(ContentType.JSON).body(Map.of("editionId", edition, "category", CATEGORY,
                        "title", title, "description", "A piece for the two replicas' schedule.",
                        "materialsAndTechniques", "Sterling silver, hand-forged", "retailValueCents", 90_000,
                        "noMakersMarkVisible", true))
                .post("/api/v1/entries").then().statusCode(201).extract().path("id");
    }

    /** This run's messages in the stack's mailbox. */
    private List<JsonNode> received() {
        byte[] body = given().get(RunningSystem.mailboxUrl()).then().statusCode(200).extract().asByteArray();
        List<JsonNode> messages = new ArrayList<>();
        try {
            JSON.readTree(body).forEach(message -> {
                if (message.path("to").path(0).asText().startsWith("replicas-" + run + "-")) {
                    messages.add(message);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }

    private static Map<String, Integer> perRecipient(List<JsonNode> messages) {
        Map<String, Integer> counts = new TreeMap<>();
        messages.forEach(message -> counts.merge(message.path("to").path(0).asText().toLowerCase(), 1, Integer::sum));
        return counts;
    }
}
