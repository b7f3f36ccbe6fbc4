package org.jewelers.systemtests.faults;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jewelers.devstack.App;
import org.jewelers.devstack.Faults;
import org.jewelers.devstack.ServiceDatabase;
import org.jewelers.systemtests.CompetitionDesk;
import org.jewelers.systemtests.RunningSystem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, done-when 4: a broadcast to 5,000 draft holders, sent at the stack's test rate of 200 a second, is
 * stopped midway by killing the competition service (SIGKILL) and completes after its restart: every recipient has
 * the message and the distinct Message-IDs number exactly 5,000. A message the mail server took from the killed
 * process before it could mark it sent goes again with the same Message-ID (delivery is at least once): such
 * resends are counted and printed, not failed.
 *
 * <p>Tagged {@code faults}: it kills a service, so it runs in the fault suite's JVM and system, not in the one the
 * other system tests share (whose mailbox 5,000 messages would also slow down).
 */
@Tag("faults")
class BroadcastThroughRestartTest {

    private static final int RECIPIENTS = 5_000;
    /** Killed once this many are sent: 40% of the way, with most of the broadcast still queued. */
    private static final int KILLED_AFTER = 2_000;
    private static final String CATEGORY = "retailer-up-to-2000";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Faults faults = RunningSystem.faults();
    private final String staff = RunningSystem.tokens().staff();
    /** Apart from every other test's recipients and subjects in the same mailbox. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aBroadcastKilledMidwayCompletesAfterTheRestartWithOneMessageIdPerRecipient() throws Exception {
        long started = System.nanoTime();
        String firm = CompetitionDesk.firm("Broadcast Restart Jewelers " + run, "retailer", "Newport", "RI", "02840");
        String edition = CompetitionDesk.edition("case-awards", "Broadcast restart",
                List.of(Map.of("code", CATEGORY, "name", "Retailer, up to $2,000", "division", "retailer",
                        "minValueCents", 0, "maxValueCents", 200_000)));
        String template = draft(edition, firm);
        copyDraft(template, RECIPIENTS - 1);
        double seeded = seconds(started);

        String subject = "Entries close soon (" + run + ")";
        Map<String, Object> broadcast = Map.of("segment", "draft-holders", "subject", subject,
                "message", "Your draft is waiting: finish and submit it before the edition closes.");
        JsonPath preview = asStaff().contentType(ContentType.JSON).body(broadcast)
                .post("/api/v1/review/editions/" + edition + "/broadcasts/preview")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(RECIPIENTS, preview.getInt("count"), () -> "the preview: " + preview.prettify());

        long sending = System.nanoTime();
        String id = asStaff().contentType(ContentType.JSON).body(broadcast)
                .post("/api/v1/review/editions/" + edition + "/broadcasts")
                .then().statusCode(202).extract().path("id");
        await("the first " + KILLED_AFTER + " sent").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200)).until(() -> sent(id) >= KILLED_AFTER);
        faults.kill(App.COMPETITION);
        double killedAt = seconds(sending);
        long restarting = System.nanoTime();
        faults.restart(App.COMPETITION);
        double restart = seconds(restarting);
        // The killed process held the mail lease: the new one sends once it has expired.
        await("the whole broadcast sent").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> sent(id) == RECIPIENTS);
        double completed = seconds(sending);
        JsonPath done = report(id);

        List<JsonNode> received = received(subject);
        Set<String> messageIds = new HashSet<>();
        Map<String, Integer> perRecipient = new HashMap<>();
        for (JsonNode message : received) {
            messageIds.add(message.path("messageId").asText());
            message.path("to").forEach(to -> perRecipient.merge(to.asText().toLowerCase(), 1, Integer::sum));
        }
        Set<String> missing = new TreeSet<>();
        for (int n = 0; n < RECIPIENTS; n++) {
            if (!perRecipient.containsKey(holderEmail(n))) {
                missing.add(holderEmail(n));
            }
        }
        int resent = received.size() - messageIds.size();
        System.out.printf("broadcast through a restart: %d recipients (seeded in %.1f s), killed at %.1f s after %d "
                        + "sent, restart took %.1f s, all %d sent %.1f s after the broadcast (%.0f/s overall); "
                        + "mailbox: %d messages, %d distinct Message-IDs, %d resent, %d recipients missing; "
                        + "report: sent %d, pending %d, failed %d, cancelled %d%n",
                RECIPIENTS, seeded, killedAt, KILLED_AFTER, restart, RECIPIENTS, completed,
                RECIPIENTS / completed, received.size(), messageIds.size(), resent, missing.size(),
                done.getInt("sent"), done.getInt("pending"), done.getInt("failed"), done.getInt("cancelled"));

        assertEquals(Set.of(), missing.stream().limit(20).collect(Collectors.toSet()),
                missing.size() + " recipients have no message");
        assertEquals(RECIPIENTS, messageIds.size(), "distinct Message-IDs");
        assertEquals(RECIPIENTS, perRecipient.size(), "recipients with a message");
        assertTrue(perRecipient.values().stream().allMatch(count -> count <= 2),
                "a recipient got the broadcast more than twice: at most the message in flight at the kill is resent");
        assertEquals(0, done.getInt("pending"), "pending after completion");
        assertEquals(0, done.getInt("failed"), "failed");
    }

    /** One draft through the API, as an entrant writes it: the row the others are copied from. */
    private String draft(String edition, String firm) {
        String entrant = RunningSystem.tokens().mint(holderSubject(0), "entrant", firm);
        return given().spec(RunningSystem.gateway()).auth().oauth2(entrant).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition, "category", CATEGORY, "title", "Unfinished Cuff",
                        "description", "A cuff its maker has not finished describing.",
                        "materialsAndTechniques", "Bronze, hand-forged", "retailValueCents", 90_000,
                        "noMakersMarkVisible", true))
                .post("/api/v1/entries").then().statusCode(201).extract().path("id");
    }

    /**
     * Copies the template draft for so many other draft holders straight into the competition's database, each its
     * own owner and address: 5,000 drafts through the API (a token, a request and an audit step each) would take
     * minutes of the CI's two cores, and the broadcast, not the drafting, is under test. Every column is copied,
     * so the rows stay as the service writes them whatever columns later migrations add.
     */
    private void copyDraft(String template, int copies) throws SQLException {
        ServiceDatabase database = RunningSystem.database(App.COMPETITION);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password())) {
            connection.setAutoCommit(false);
            try (PreparedStatement copy = connection.prepareStatement("""
                    create temporary table holder_draft on commit drop as
                    select e.*, n as holder from entry e, generate_series(1, ?) n where e.id = ?""")) {
                copy.setInt(1, copies);
                copy.setObject(2, UUID.fromString(template));
                copy.execute();
            }
            try (PreparedStatement own = connection.prepareStatement("""
                    update holder_draft set id = gen_random_uuid(), owner_subject = ? || holder,
                      owner_name = 'Draft Holder ' || holder, owner_email = ? || holder || '@dev.jewelers.example'""")) {
                own.setString(1, "bcast-" + run + "-");
                own.setString(2, "bcast-" + run + "-");
                own.execute();
            }
            try (Statement insert = connection.createStatement()) {
                insert.execute("alter table holder_draft drop column holder");
                assertEquals(copies, insert.executeUpdate("insert into entry select * from holder_draft"));
            }
            connection.commit();
        }
    }

    private String holderSubject(int n) {
        return "bcast-" + run + "-" + n;
    }

    private String holderEmail(int n) {
        return holderSubject(n) + "@dev.jewelers.example";
    }

    /** How many the report counts sent; -1 while the gateway has not yet seen the restarted service ready. */
    private int sent(String broadcast) {
        var answer = asStaff().get("/api/v1/review/broadcasts/" + broadcast).then().extract();
        return answer.statusCode() == 200 ? answer.jsonPath().getInt("sent") : -1;
    }

    private JsonPath report(String broadcast) {
        return asStaff().get("/api/v1/review/broadcasts/" + broadcast).then().statusCode(200).extract().jsonPath();
    }

    /** The broadcast's messages in the stack's mailbox (parsed with Jackson: thousands of them). */
    private static List<JsonNode> received(String subject) throws IOException {
        byte[] body = given().get(RunningSystem.mailboxUrl()).then().statusCode(200).extract().asByteArray();
        List<JsonNode> messages = new ArrayList<>();
        JSON.readTree(body).forEach(message -> {
            if (subject.equals(message.path("subject").asText())) {
                messages.add(message);
            }
        });
        return messages;
    }

    private RequestSpecification asStaff() {
        return given().spec(RunningSystem.gateway()).auth().oauth2(staff);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
