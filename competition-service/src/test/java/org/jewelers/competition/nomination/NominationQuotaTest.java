package org.jewelers.competition.nomination;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.MailServer;
import org.jewelers.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What one entrant can make the association send: at most 30 nominations per edition, 10 sent a day, and at most 3
 * nomination emails a day to one address whoever names it; nominee names without control characters.
 */
@QuarkusTest
class NominationQuotaTest {

    private static final String QUOTA_EXCEEDED = "https://jewelers.example/problems/quota-exceeded";
    private static final String DAILY_LIMIT = "https://jewelers.example/problems/daily-limit-reached";

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anEntrantHoldsAtMost30NominationsPerEdition() {
        Nominees.Edition edition = Nominees.open();
        Nominees.Nominator nominator = Nominees.nominator(UUID.randomUUID());
        clock.fix(edition.duringWindow());
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            drafts.add(create(nominator, edition, Nominees.uniqueEmail("n" + i)).then().statusCode(201).extract().path("id"));
        }

        create(nominator, edition, Nominees.uniqueEmail("one-too-many")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(QUOTA_EXCEEDED))
                .body("quota.name", equalTo("nominations-per-edition"))
                .body("quota.limit", equalTo(30));
        given().auth().oauth2(nominator.token()).get("/api/v1/nominations").then().body("total", equalTo(30));

        given().auth().oauth2(nominator.token()).delete("/api/v1/nominations/" + drafts.get(0)).then().statusCode(204);
        create(nominator, edition, Nominees.uniqueEmail("freed")).then().statusCode(201);
    }

    @Test
    void anEntrantSendsAtMost10NominationsADay() {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        Nominees.Nominator nominator = Nominees.nominator(firm);
        Instant start = edition.duringWindow();
        clock.fix(start);
        for (int i = 0; i < 10; i++) {
            String id = Nominees.draft(nominator, Nominees.colleague(edition, "Colleague " + i, Nominees.uniqueEmail("c" + i)));
            clock.fix(start.plus(Duration.ofHours(i)));
            Nominees.submit(nominator.token(), id).then().statusCode(200).body("status", equalTo("awaiting-consent"));
        }
        String eleventh = Nominees.uniqueEmail("eleventh");
        String id = Nominees.draft(nominator, Nominees.colleague(edition, "Colleague 11", eleventh));
        clock.fix(start.plus(Duration.ofHours(23)));

        Response refused = Nominees.submit(nominator.token(), id);
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo(DAILY_LIMIT))
                .body("quota.name", equalTo("nominations-per-day"))
                .body("quota.limit", equalTo(10));
        // The first of the ten leaves the 24 hours one hour later.
        assertEquals("3600", refused.header("Retry-After"));
        given().auth().oauth2(nominator.token()).get("/api/v1/nominations/" + id).then().body("status", equalTo("draft"));

        clock.fix(start.plus(Duration.ofHours(24)));
        Nominees.submit(nominator.token(), id).then().statusCode(200).body("status", equalTo("awaiting-consent"));
        Nominees.consentToken(eleventh);
    }

    @Test
    void oneAddressGetsAtMost3NominationEmailsADayWhoeverNamesIt() throws Exception {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        String address = Nominees.uniqueEmail("popular");
        Instant start = edition.duringWindow();
        clock.fix(start);
        List<String> ids = new ArrayList<>();
        List<Nominees.Nominator> nominators = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Nominees.Nominator nominator = Nominees.nominator(firm);
            nominators.add(nominator);
            // The address as each nominator happens to write it: one address all the same.
            String written = i % 2 == 0 ? address : address.toUpperCase();
            ids.add(Nominees.draft(nominator, Nominees.colleague(edition, "Popular Person", written)));
        }
        for (int i = 0; i < 2; i++) {
            Nominees.submit(nominators.get(i).token(), ids.get(i)).then().statusCode(200);
        }

        // Three nominators at once for the last email of the day: one gets it.
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 2; i < 5; i++) {
                Nominees.Nominator nominator = nominators.get(i);
                String id = ids.get(i);
                answers.add(pool.submit(() -> {
                    go.await();
                    return Nominees.submit(nominator.token(), id).statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "sent: " + statuses);
            assertEquals(2, statuses.stream().filter(s -> s == 429).count(), "refused: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        await().atMost(Nominees.PATIENCE).until(() -> MailServer.get().to(address).size() >= 3);

        Nominees.Nominator late = nominators.get(5);
        Nominees.submit(late.token(), ids.get(5)).then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo(DAILY_LIMIT))
                .body("quota.name", equalTo("nominee-emails-per-day"))
                .body("quota.limit", equalTo(3));
        given().auth().oauth2(late.token()).get("/api/v1/nominations/" + ids.get(5)).then()
                .body("status", equalTo("draft"));
        assertEquals(3, MailServer.get().to(address).size());

        clock.fix(start.plus(Duration.ofDays(1)));
        Nominees.submit(late.token(), ids.get(5)).then().statusCode(200);
        await().atMost(Nominees.PATIENCE).until(() -> MailServer.get().to(address).size() == 4);
    }

    @Test
    void nomineeNamesCarryNoControlCharacters() {
        Nominees.Edition edition = Nominees.open();
        Nominees.Nominator nominator = Nominees.nominator(UUID.randomUUID());
        clock.fix(edition.duringWindow());
        for (String name : List.of("Maya\nPlease wire the fee to", "Maya\r\nBcc: all@example.com", "Maya\tOkafor",
                "Maya\u0000", "Maya\u2028Okafor", "\u202Eroferko ayam", "Maya\u0085Okafor")) {
            create(nominator, edition, "maya@example.com", name).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("nomineeName"));
        }
        String id = create(nominator, edition, "maya@example.com", "Zoë Ōkafor-Nguyễn").then().statusCode(201)
                .body("nomineeName", equalTo("Zoë Ōkafor-Nguyễn")).extract().path("id");
        given().auth().oauth2(nominator.token()).contentType(ContentType.JSON)
                .body(Map.of("nomineeName", "Zoë\nOkafor")).patch("/api/v1/nominations/" + id).then().statusCode(400)
                .body("errors.field", hasItem("nomineeName"));
        given().auth().oauth2(nominator.token()).get("/api/v1/nominations/" + id).then()
                .body("nomineeName", equalTo("Zoë Ōkafor-Nguyễn"));
        given().auth().oauth2(nominator.token()).get("/api/v1/nominations").then().body("total", equalTo(1));
    }

    private static Response create(Nominees.Nominator nominator, Nominees.Edition edition, String email) {
        return create(nominator, edition, email, "Colleague");
    }

    private static Response create(Nominees.Nominator nominator, Nominees.Edition edition, String email, String name) {
        return given().auth().oauth2(nominator.token()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "nominatedBy", "colleague", "nomineeName", name,
                        "nomineeEmail", email))
                .post("/api/v1/nominations");
    }
}
