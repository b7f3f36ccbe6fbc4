package org.jewelers.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.Topics;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.jewelers.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Opening hours people can trust, in two time zones under the test clock: a Vermont firm (New York time) whose
 * Friday runs past midnight and which closes for Thanksgiving, set by the firm itself, and an Oregon firm (Los
 * Angeles time) whose staff-set Thanksgiving hours are shorter. The two states are theirs alone among the tests;
 * the firms whose upkeep is tested are in New Hampshire, out of those searches.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpeningHoursTest {

    private static final String THANKSGIVING = "2026-11-26";

    @Inject
    TestClock clock;

    String burlington;
    String portland;

    @BeforeEach
    void placeFirms() {
        if (burlington != null) {
            return;
        }
        List<Map<String, Object>> burlingtonHours = weekdays("10:00", "18:00");
        burlingtonHours.add(Firms.hours(5, "20:00", "01:00"));
        burlington = Firms.named("Green Mountain Jewelers").at("1 Church St", "Burlington", "VT", "05401", burlingtonHours)
                .create();
        portland = Firms.named("Willamette Jewelers").at("1 Pearl St", "Portland", "OR", "97201", weekdays("10:00", "18:00"))
                .create();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static List<Map<String, Object>> weekdays(String opens, String closes) {
        List<Map<String, Object>> hours = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            hours.add(Firms.hours(day, opens, closes));
        }
        return hours;
    }

    private static ValidatableResponse search(String state, boolean openNow) {
        var request = given().queryParam("state", state);
        if (openNow) {
            request = request.queryParam("openNow", "true");
        }
        return request.get("/api/v1/members").then().statusCode(200);
    }

    /** The one hit of the state's search, and whether the open-now filter finds it: the two must agree. */
    private ValidatableResponse hit(String state, String firm, boolean open) {
        search(state, true).body("items.member.id", open ? contains(firm) : org.hamcrest.Matchers.empty());
        return search(state, false).body("items.member.id", contains(firm))
                .body("items[0].openNow", equalTo(open))
                .body("items[0].status", equalTo(open ? "open" : "closed"));
    }

    private String locationOf(String firm) {
        return given().get("/api/v1/members/" + firm).then().statusCode(200).extract().path("locations[0].id");
    }

    @Test
    void eachHitSaysWhetherItsLocationIsOpenAndUntilWhenInItsOwnZone() {
        // Wednesday 2026-11-25 at 14:30 UTC: 9:30 in Burlington, 6:30 in Portland.
        clock.fix(Instant.parse("2026-11-25T14:30:00Z"));
        hit("VT", burlington, false).body("items[0].opensAt", equalTo("2026-11-25T10:00:00-05:00"))
                .body("items[0].closesAt", nullValue());
        hit("OR", portland, false).body("items[0].opensAt", equalTo("2026-11-25T10:00:00-08:00"));
        // 22:30 UTC: 17:30 in Burlington, 14:30 in Portland.
        clock.fix(Instant.parse("2026-11-25T22:30:00Z"));
        hit("VT", burlington, true).body("items[0].closesAt", equalTo("2026-11-25T18:00:00-05:00"))
                .body("items[0].opensAt", nullValue());
        hit("OR", portland, true).body("items[0].closesAt", equalTo("2026-11-25T18:00:00-08:00"));
    }

    @Test
    void fridayEveningHoursRunPastMidnight() {
        // Saturday 2026-11-28 at 5:30 UTC: 0:30 in Burlington, within Friday's 20:00 to 01:00.
        clock.fix(Instant.parse("2026-11-28T05:30:00Z"));
        hit("VT", burlington, true).body("items[0].closesAt", equalTo("2026-11-28T01:00:00-05:00"));
        // 1:00 in Burlington: closed until Monday.
        clock.fix(Instant.parse("2026-11-28T06:00:00Z"));
        hit("VT", burlington, false).body("items[0].opensAt", equalTo("2026-11-30T10:00:00-05:00"));
        // Friday 18:30 in Burlington: closed between the day's two openings.
        clock.fix(Instant.parse("2026-11-27T23:30:00Z"));
        hit("VT", burlington, false).body("items[0].opensAt", equalTo("2026-11-27T20:00:00-05:00"));
    }

    @Test
    void aHolidayClosureAndASpecialHoursDaySetByTheFirmAndByStaff() {
        // The week before: the listing shows exceptions from the day before yesterday on.
        clock.fix(Instant.parse("2026-11-20T12:00:00Z"));
        String owner = Tokens.member("owner-" + burlington, burlington);
        given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("hours", List.of(Map.of("locationId", locationOf(burlington),
                        "exceptions", List.of(Map.of("date", THANKSGIVING, "label", "Thanksgiving"))))))
                .patch("/api/v1/members/" + burlington + "/listing").then().statusCode(200)
                .body("locations[0].hours.size()", equalTo(6))
                .body("locations[0].exceptions[0].date", equalTo(THANKSGIVING))
                .body("locations[0].exceptions[0].closed", equalTo(true));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("locations", List.of(Map.of("address", "1 Pearl St", "city", "Portland", "state", "OR",
                        "zip", "97201", "exceptions", List.of(Map.of("date", THANKSGIVING, "label", "Thanksgiving",
                                "hours", List.of(Map.of("opens", "10:00", "closes", "14:00"))))))))
                .patch("/api/v1/members/" + portland).then().statusCode(200)
                .body("locations[0].hours.size()", equalTo(5))
                .body("locations[0].exceptions[0].closed", equalTo(false))
                .body("locations[0].exceptions[0].hours[0].closes", equalTo("14:00:00"));

        // Thanksgiving at 17:00 UTC: noon in Burlington, closed for the day; 9:00 in Portland, opening at 10.
        clock.fix(Instant.parse("2026-11-26T17:00:00Z"));
        hit("VT", burlington, false).body("items[0].opensAt", equalTo("2026-11-27T10:00:00-05:00"))
                .body("items[0].exceptionToday.label", equalTo("Thanksgiving"))
                .body("items[0].exceptionToday.closed", equalTo(true));
        hit("OR", portland, false).body("items[0].opensAt", equalTo("2026-11-26T10:00:00-08:00"));
        // 20:00 UTC: 12:00 in Portland, open until 14:00 that day only.
        clock.fix(Instant.parse("2026-11-26T20:00:00Z"));
        hit("OR", portland, true).body("items[0].closesAt", equalTo("2026-11-26T14:00:00-08:00"))
                .body("items[0].exceptionToday.hours[0].opens", equalTo("10:00:00"));
        // 23:00 UTC: 15:00 in Portland, within a Thursday's usual hours but after the special ones.
        clock.fix(Instant.parse("2026-11-26T23:00:00Z"));
        hit("OR", portland, false).body("items[0].opensAt", equalTo("2026-11-27T10:00:00-08:00"));
        // The day after at noon in Portland, the usual hours again and no exception to show.
        clock.fix(Instant.parse("2026-11-27T20:00:00Z"));
        hit("OR", portland, true).body("items[0].exceptionToday", nullValue());
    }

    @Test
    void exceptionsArePartOfTheListingSoOfTheMemberEventsAndHistory() throws Exception {
        String firm = Firms.named("Exceptional Jewelers").at("5 Main St", "Concord", "NH", "03301",
                weekdays("09:00", "17:00")).create();
        String owner = Tokens.member("owner-" + firm, firm);
        long version = given().get("/api/v1/members/" + firm).then()
                .extract().<Number>path("version").longValue();
        long changed = given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("hours", List.of(Map.of("locationId", locationOf(firm),
                        "exceptions", List.of(Map.of("date", "2026-12-24", "label", "Christmas Eve",
                                "hours", List.of(Map.of("opens", "09:00", "closes", "13:00"))))))))
                .patch("/api/v1/members/" + firm + "/listing").then().statusCode(200)
                .body("locations[0].exceptions[0].label", equalTo("Christmas Eve"))
                .extract().<Number>path("version").longValue();
        assertTrue(changed > version, "an exception raises the listing's version");

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(
                Infrastructure.kafka().bootstrapServers(), Topics.DIRECTORY_MEMBERS.name(),
                read -> read.stream().anyMatch(r -> firm.equals(r.key()) && r.value().contains(EventTypes.MEMBER_UPDATED)));
        JsonNode updated = new ObjectMapper().readTree(records.stream()
                .filter(r -> firm.equals(r.key()) && r.value().contains(EventTypes.MEMBER_UPDATED))
                .reduce((first, second) -> second).orElseThrow().value());
        assertEquals(EventTypes.MEMBER_UPDATED, updated.path("type").asText());

        given().auth().oauth2(Tokens.staff()).get("/api/v1/members/" + firm + "/history").then().statusCode(200)
                .body("items[0].action", equalTo("listing-edited"))
                .body("items[0].changes.toString()", org.hamcrest.Matchers.containsString("Christmas Eve"));

        // The same list again changes nothing, so announces nothing.
        given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("hours", List.of(Map.of("locationId", locationOf(firm),
                        "exceptions", List.of(Map.of("date", "2026-12-24", "label", "Christmas Eve",
                                "hours", List.of(Map.of("opens", "09:00", "closes", "13:00"))))))))
                .patch("/api/v1/members/" + firm + "/listing").then().statusCode(200)
                .body("version", equalTo((int) changed));
    }

    @Test
    void atMostSixtyExceptionsPerLocationAndYear() {
        String firm = Firms.named("Busy Calendar Jewelers").at("9 State St", "Concord", "NH", "03301").create();
        String owner = Tokens.member("owner-" + firm, firm);
        String location = locationOf(firm);
        List<Map<String, Object>> sixty = days(LocalDate.parse("2027-01-01"), 60);
        List<Map<String, Object>> twoYears = new ArrayList<>(sixty);
        twoYears.addAll(days(LocalDate.parse("2028-01-01"), 60));
        edit(owner, firm, location, twoYears).statusCode(200).body("locations[0].exceptions.size()", equalTo(120));

        List<Map<String, Object>> sixtyOne = days(LocalDate.parse("2027-01-01"), 61);
        edit(owner, firm, location, sixtyOne).statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("hours[0].exceptions"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("61 exceptions in 2027")));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("locations", List.of(Map.of("address", "9 State St", "city", "Concord", "state", "NH",
                        "zip", "03301", "exceptions", sixtyOne))))
                .patch("/api/v1/members/" + firm).then().statusCode(400)
                .body("errors.field", contains("locations[0].exceptions"));

        List<Map<String, Object>> twice = List.of(Map.of("date", "2027-07-04"), Map.of("date", "2027-07-04"));
        edit(owner, firm, location, twice).statusCode(400).body("errors.field", contains("hours[0].exceptions[1].date"));
        List<Map<String, Object>> empty = List.of(Map.of("date", "2027-07-04",
                "hours", List.of(Map.of("opens", "10:00", "closes", "10:00"))));
        edit(owner, firm, location, empty).statusCode(400)
                .body("errors.field", contains("hours[0].exceptions[0].hours[0].closes"));
        given().get("/api/v1/members/" + firm).then().body("locations[0].exceptions.size()", equalTo(120));
    }

    @Test
    void weeklyHoursMayEndAfterMidnightButNotBeEmpty() {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("number", "JA-EMPTY-HOURS", "name", "Empty Hours Jewelers", "kind", "retailer",
                        "locations", List.of(Map.of("address", "1 Main St", "city", "Concord", "state", "NH",
                                "zip", "03301", "hours", List.of(Firms.hours(1, "09:00", "09:00"))))))
                .post("/api/v1/members").then().statusCode(400)
                .body("errors.field", contains("locations[0].hours[0].closes"));
    }

    private static ValidatableResponse edit(String owner, String firm, String location, List<Map<String, Object>> exceptions) {
        return given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("hours", List.of(Map.of("locationId", location, "exceptions", exceptions))))
                .patch("/api/v1/members/" + firm + "/listing").then();
    }

    private static List<Map<String, Object>> days(LocalDate first, int count) {
        List<Map<String, Object>> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(Map.of("date", first.plusDays(i).toString(), "label", "Closed"));
        }
        return days;
    }
}
