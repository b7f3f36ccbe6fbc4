package org.jewelers.competition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Editions with their window in a named time zone, their categories, and their deadlines as a calendar. */
@QuarkusTest
public class EditionsTest {

    /** Years 2100 and on, three at a time (a test may open year, year + 1 and year + 2), never reused in a run. */
    private static final AtomicInteger YEARS = new AtomicInteger(2100);

    @Inject
    TestClock clock;

    private static int nextYears() {
        return YEARS.getAndAdd(3);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    public static Map<String, Object> caseAwards(int year) {
        List<Map<String, Object>> categories = new ArrayList<>();
        long[][] bands = {{0, 200_000}, {200_100, 500_000}, {500_100, 1_000_000}, {1_000_100, 5_000_000}};
        String[] names = {"up-to-2000", "2001-5000", "5001-10000", "10001-50000"};
        for (String division : List.of("retailer", "supplier")) {
            for (int b = 0; b < bands.length; b++) {
                categories.add(Map.of("code", division + "-" + names[b], "name", division + ", " + names[b],
                        "division", division, "minValueCents", bands[b][0], "maxValueCents", bands[b][1]));
            }
            categories.add(Map.of("code", division + "-best-in-show", "name", "Best in Show, " + division,
                    "division", division, "enterable", false));
        }
        return Map.of("program", "case-awards", "year", year, "title", "CASE Awards " + year,
                "timeZone", "America/New_York", "opens", year + "-03-01T00:00", "closes", year + "-06-28T23:59",
                "categories", categories,
                "milestones", List.of(Map.of("name", "Winners announced", "at", year + "-11-15T18:00")));
    }

    private static String open(Map<String, Object> edition) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(edition)
                .post("/api/v1/editions").then().statusCode(201).extract().path("id");
    }

    @Test
    void theDeadlineIsTheWallClockTimeInTheEditionsZone() {
        int year = nextYears();
        String id = open(caseAwards(year));
        given().get("/api/v1/editions/" + id).then().statusCode(200)
                .body("closes.local", equalTo(year + "-06-28T23:59:00"))
                .body("closes.instant", equalTo(year + "-06-29T03:59:00Z"))
                .body("timeZone", equalTo("America/New_York"))
                .body("categories.size()", equalTo(10))
                .body("categories.findAll { it.enterable }.size()", equalTo(8));
    }

    @Test
    void theWindowFollowsTheClock() {
        int year = nextYears();
        String id = open(caseAwards(year));
        clock.fix(Instant.parse(year + "-02-01T00:00:00Z"));
        given().queryParam("status", "upcoming").queryParam("size", 100).get("/api/v1/editions").then().statusCode(200)
                .body("items.id", hasItem(id));
        clock.fix(Instant.parse(year + "-06-29T03:58:59Z"));
        given().get("/api/v1/editions/" + id).then().body("status", equalTo("open"));
        given().queryParam("size", 100).get("/api/v1/editions").then().body("items.id", hasItem(id));
        clock.fix(Instant.parse(year + "-06-29T03:59:00Z"));
        given().get("/api/v1/editions/" + id).then().body("status", equalTo("closed"));
        given().queryParam("size", 100).get("/api/v1/editions").then().body("items.id", not(hasItem(id)));
        given().queryParam("status", "closed").queryParam("size", 100).get("/api/v1/editions").then().body("items.id", hasItem(id));
    }

    @Test
    void theCalendarCarriesTheDeadlinesInTheirTimeZone() {
        int year = nextYears();
        String id = open(caseAwards(year));
        given().get("/api/v1/editions/" + id + "/calendar.ics").then().statusCode(200)
                .contentType(containsString("text/calendar"))
                .body(containsString("BEGIN:VTIMEZONE"))
                .body(containsString("TZID:America/New_York"))
                .body(containsString("DTSTART;TZID=America/New_York:" + year + "0628T235900"))
                .body(containsString("SUMMARY:CASE Awards " + year + ": entry deadline"))
                .body(containsString("SUMMARY:CASE Awards " + year + ": Winners announced"));
    }

    @Test
    void theCalendarParsesAndItsDeadlineIsTheRightInstant() {
        int year = nextYears();
        String id = open(caseAwards(year));
        String feed = given().get("/api/v1/editions/" + id + "/calendar.ics").then().statusCode(200).extract().asString();
        biweekly.ICalendar calendar = biweekly.Biweekly.parse(feed).first();
        org.junit.jupiter.api.Assertions.assertNotNull(calendar, "the feed is not iCalendar");
        biweekly.component.VEvent deadline = calendar.getEvents().stream()
                .filter(e -> e.getSummary().getValue().endsWith("entry deadline")).findFirst().orElseThrow();
        // The parser resolves the event's TZID through the feed's own VTIMEZONE: 23:59 in New York is 03:59 UTC.
        org.junit.jupiter.api.Assertions.assertEquals(Instant.parse(year + "-06-29T03:59:00Z"),
                deadline.getDateStart().getValue().toInstant());
        org.junit.jupiter.api.Assertions.assertEquals("America/New_York",
                calendar.getTimezoneInfo().getTimezone(deadline.getDateStart()).getComponent().getTimezoneId().getValue());
    }

    @Test
    void oneEditionPerProgramAndYearAndClearErrors() {
        int year = nextYears();
        open(caseAwards(year));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(caseAwards(year))
                .post("/api/v1/editions").then().statusCode(409);
        Map<String, Object> bad = new java.util.HashMap<>(caseAwards(year + 1));
        bad.put("timeZone", "Mars/Olympus");
        bad.put("closes", (year + 1) + "-01-01T00:00");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(bad)
                .post("/api/v1/editions").then().statusCode(400)
                .body("errors.field", hasItem("timeZone"));
        given().auth().oauth2(Tokens.entrant("e-1", null)).contentType(ContentType.JSON).body(caseAwards(year + 2))
                .post("/api/v1/editions").then().statusCode(403);
        given().queryParam("status", "someday").get("/api/v1/editions").then().statusCode(400)
                .body("errors.field", hasItem("status"));
    }
}
