package org.jewelers.competition.edition;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Sequence;
import org.jewelers.competition.entry.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The deadline calendar as a calendar client reads it, with ical4j (the feed is written with another library): each
 * change of the edition raises every event's SEQUENCE once, and each event keeps its UID.
 */
@QuarkusTest
class EditionCalendarTest {

    /** The feed's events by UID: their SEQUENCE, summary and start. */
    record Event(int sequence, String summary, Instant start) {
    }

    private static Map<String, Event> events(String editionId) throws Exception {
        String feed = given().get("/api/v1/editions/" + editionId + "/calendar.ics").then().statusCode(200)
                .extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream().collect(Collectors.toMap(e -> e.getUid().getValue(),
                e -> new Event(((Sequence) e.getProperty("SEQUENCE")).getSequenceNo(), e.getSummary().getValue(),
                        e.getStartDate().getDate().toInstant()), (a, b) -> {
                    throw new AssertionError("two events share the UID of " + a.summary() + " and " + b.summary());
                }, TreeMap::new));
    }

    @Test
    void theSequenceGrowsWithEachChangeAndTheUidsStay() throws Exception {
        Fixtures.Edition edition = Fixtures.openCase();
        int year = edition.year();
        Map<String, Event> first = events(edition.id());
        assertEquals(3, first.size());
        first.values().forEach(e -> assertEquals(0, e.sequence(), e.summary()));
        String deadline = uid(first, "entry deadline");
        assertEquals(Instant.parse(year + "-06-29T03:59:00Z"), first.get(deadline).start());

        EditionUpkeepTest.patch(edition.id(), Map.of("closes", year + "-06-30T23:59")).then().statusCode(200);
        Map<String, Event> second = events(edition.id());
        assertEquals(first.keySet(), second.keySet());
        second.values().forEach(e -> assertEquals(1, e.sequence(), e.summary()));
        assertEquals(Instant.parse(year + "-07-01T03:59:00Z"), second.get(deadline).start());

        // The same values again change nothing: calendars have nothing to update.
        EditionUpkeepTest.patch(edition.id(), Map.of("closes", year + "-06-30T23:59")).then().statusCode(200);
        assertEquals(second, events(edition.id()));

        // A milestone added before the existing one leaves the existing one's UID as it was.
        List<Map<String, Object>> categories = EditionUpkeepTest.categories(edition.id());
        categories.get(0).put("name", "Retailer, up to $2,000");
        EditionUpkeepTest.patch(edition.id(), Map.of("categories", categories,
                "milestones", List.of(Map.of("name", "Finalists announced", "at", year + "-09-01T12:00"),
                        Map.of("name", "Winners announced", "at", year + "-11-15T18:00")))).then().statusCode(200);
        Map<String, Event> third = events(edition.id());
        assertEquals(4, third.size());
        third.values().forEach(e -> assertEquals(2, e.sequence(), e.summary()));
        String winners = uid(first, "Winners announced");
        assertEquals(first.get(winners).start(), third.get(winners).start());
        assertEquals(winners, uid(third, "Winners announced"));

        // A change of the categories alone is a change of the edition too.
        categories.get(0).put("name", "Retailer, retail value up to $2,000");
        EditionUpkeepTest.patch(edition.id(), Map.of("categories", categories)).then().statusCode(200);
        events(edition.id()).values().forEach(e -> assertEquals(3, e.sequence(), e.summary()));
    }

    private static String uid(Map<String, Event> events, String summaryEnd) {
        return events.entrySet().stream().filter(e -> e.getValue().summary().endsWith(summaryEnd)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("no event ends with " + summaryEnd));
    }
}
