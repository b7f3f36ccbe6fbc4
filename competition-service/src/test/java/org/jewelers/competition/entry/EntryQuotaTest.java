package org.jewelers.competition.entry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jewelers.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An entrant holds at most 20 entries per edition (each starts as a draft), counted correctly under concurrency. */
@QuarkusTest
class EntryQuotaTest {

    static final String QUOTA_EXCEEDED = "https://jewelers.example/problems/quota-exceeded";
    private static final String CATEGORY = "retailer-up-to-2000";

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theTwentyFirstDraftOfAnEditionIsRefusedUntilOneIsDeleted() {
        Fixtures.Edition edition = Fixtures.openCase();
        Fixtures.Edition another = Fixtures.openCase();
        String entrant = Fixtures.entrant(null);
        clock.fix(edition.duringWindow());
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            drafts.add(create(entrant, edition).then().statusCode(201).extract().path("id"));
        }

        create(entrant, edition).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(QUOTA_EXCEEDED))
                .body("quota.name", equalTo("drafts-per-edition"))
                .body("quota.limit", equalTo(20));
        given().auth().oauth2(entrant).get("/api/v1/entries").then().statusCode(200).body("total", equalTo(20));

        // Another edition has places of its own; a deleted draft frees its place.
        clock.fix(another.duringWindow());
        create(entrant, another).then().statusCode(201);
        clock.fix(edition.duringWindow());
        given().auth().oauth2(entrant).delete("/api/v1/entries/" + drafts.get(0)).then().statusCode(204);
        create(entrant, edition).then().statusCode(201);
        create(entrant, edition).then().statusCode(409);
    }

    @Test
    void parallelDraftsCannotBothTakeTheLastPlace() throws Exception {
        Fixtures.Edition edition = Fixtures.openCase();
        String entrant = Fixtures.entrant(null);
        clock.fix(edition.duringWindow());
        for (int i = 0; i < 19; i++) {
            create(entrant, edition).then().statusCode(201);
        }

        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                Callable<Integer> race = () -> {
                    start.await();
                    return create(entrant, edition).statusCode();
                };
                answers.add(pool.submit(race));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "created: " + statuses);
            assertEquals(racers - 1, statuses.stream().filter(s -> s == 409).count(), "refused: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(entrant).get("/api/v1/entries").then().statusCode(200).body("total", equalTo(20));
    }

    private static Response create(String entrant, Fixtures.Edition edition) {
        return given().auth().oauth2(entrant).contentType(ContentType.JSON)
                .body(Fixtures.piece(edition, CATEGORY, 150_000)).post("/api/v1/entries");
    }
}
