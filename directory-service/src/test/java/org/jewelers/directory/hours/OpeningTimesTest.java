package org.jewelers.directory.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jewelers.directory.listing.Listing;
import org.junit.jupiter.api.Test;

/** When a location is open and when that changes next, case by case, in its own time zone. */
class OpeningTimesTest {

    private static final String NEW_YORK = "America/New_York";
    private static final String LOS_ANGELES = "America/Los_Angeles";

    private final List<Listing.Hours> weekly = new ArrayList<>();
    private final List<Listing.HoursException> exceptions = new ArrayList<>();

    private OpeningTimesTest weekdays(String opens, String closes) {
        for (int day = 1; day <= 5; day++) {
            weekly.add(new Listing.Hours(day, LocalTime.parse(opens), LocalTime.parse(closes)));
        }
        return this;
    }

    private OpeningTimesTest on(int day, String opens, String closes) {
        weekly.add(new Listing.Hours(day, LocalTime.parse(opens), LocalTime.parse(closes)));
        return this;
    }

    private OpeningTimesTest closed(String date, String label) {
        exceptions.add(new Listing.HoursException(LocalDate.parse(date), label, true, List.of()));
        return this;
    }

    private OpeningTimesTest special(String date, String label, String opens, String closes) {
        exceptions.add(new Listing.HoursException(LocalDate.parse(date), label, false,
                List.of(new Listing.Interval(LocalTime.parse(opens), LocalTime.parse(closes)))));
        return this;
    }

    /** The opening at a local date-time of the zone. */
    private Opening at(String zone, String local) {
        Listing.LocationView location = new Listing.LocationView(UUID.randomUUID(), "1 Main St", "Town", "NY", "10001",
                null, 0, 0, zone, weekly, exceptions);
        Instant instant = LocalDateTime.parse(local).atZone(ZoneId.of(zone)).toInstant();
        return OpeningTimes.at(location, instant);
    }

    private static void open(Opening opening, String closesAt) {
        assertEquals(Opening.Status.OPEN, opening.status());
        assertTrue(opening.openNow());
        assertEquals(OffsetDateTime.parse(closesAt), opening.closesAt());
        assertNull(opening.opensAt());
    }

    private static void closed(Opening opening, String opensAt) {
        assertEquals(Opening.Status.CLOSED, opening.status());
        assertFalse(opening.openNow());
        assertEquals(opensAt == null ? null : OffsetDateTime.parse(opensAt), opening.opensAt());
        assertNull(opening.closesAt());
    }

    @Test
    void openDuringTheDayClosedBeforeAndAfterIt() {
        weekdays("09:00", "17:00");
        // 2026-11-25 is a Wednesday.
        open(at(NEW_YORK, "2026-11-25T09:00"), "2026-11-25T17:00-05:00");
        closed(at(NEW_YORK, "2026-11-25T08:59"), "2026-11-25T09:00-05:00");
        closed(at(NEW_YORK, "2026-11-25T17:00"), "2026-11-26T09:00-05:00");
        closed(at(NEW_YORK, "2026-11-27T18:00"), "2026-11-30T09:00-05:00");
    }

    @Test
    void theSameMomentInTwoZones() {
        weekdays("09:00", "17:00");
        Listing.LocationView newYork = new Listing.LocationView(UUID.randomUUID(), "a", "b", "NY", "10001", null, 0, 0,
                NEW_YORK, weekly, exceptions);
        Listing.LocationView losAngeles = new Listing.LocationView(UUID.randomUUID(), "a", "b", "CA", "90012", null, 0,
                0, LOS_ANGELES, weekly, exceptions);
        Instant moment = Instant.parse("2026-11-25T22:30:00Z");
        closed(OpeningTimes.at(newYork, moment), "2026-11-26T09:00-05:00");
        open(OpeningTimes.at(losAngeles, moment), "2026-11-25T17:00-08:00");
    }

    @Test
    void hoursPastMidnightCloseOnTheNextDay() {
        on(5, "18:00", "02:00");
        // 2026-11-27 is a Friday.
        open(at(NEW_YORK, "2026-11-27T23:00"), "2026-11-28T02:00-05:00");
        open(at(NEW_YORK, "2026-11-28T01:59"), "2026-11-28T02:00-05:00");
        closed(at(NEW_YORK, "2026-11-28T02:00"), "2026-12-04T18:00-05:00");
        closed(at(NEW_YORK, "2026-11-27T17:00"), "2026-11-27T18:00-05:00");
    }

    @Test
    void closingAtMidnightAndOpeningAtMidnightIsOneOpening() {
        on(5, "18:00", "00:00").on(6, "00:00", "03:00").on(6, "10:00", "12:00");
        open(at(NEW_YORK, "2026-11-27T20:00"), "2026-11-28T03:00-05:00");
        closed(at(NEW_YORK, "2026-11-28T03:00"), "2026-11-28T10:00-05:00");
    }

    @Test
    void aHolidayClosureReplacesTheWeekdaysHours() {
        weekdays("09:00", "17:00").closed("2026-11-26", "Thanksgiving");
        Opening thanksgiving = at(NEW_YORK, "2026-11-26T12:00");
        closed(thanksgiving, "2026-11-27T09:00-05:00");
        assertEquals("Thanksgiving", thanksgiving.today().label());
        closed(at(NEW_YORK, "2026-11-25T17:30"), "2026-11-27T09:00-05:00");
        assertNull(at(NEW_YORK, "2026-11-27T12:00").today());
    }

    @Test
    void specialHoursReplaceTheWeekdaysHours() {
        weekdays("09:00", "17:00").special("2026-12-24", "Christmas Eve", "10:00", "14:00")
                .closed("2026-12-25", "Christmas Day");
        closed(at(NEW_YORK, "2026-12-24T09:30"), "2026-12-24T10:00-05:00");
        open(at(NEW_YORK, "2026-12-24T12:00"), "2026-12-24T14:00-05:00");
        // Thursday 15:00 is within the weekday's hours, but not that day's; Friday is closed, then a weekend.
        closed(at(NEW_YORK, "2026-12-24T15:00"), "2026-12-28T09:00-05:00");
    }

    @Test
    void yesterdaysLateOpeningOutlastsAClosureToday() {
        on(5, "18:00", "02:00").closed("2026-11-28", "Inventory");
        open(at(NEW_YORK, "2026-11-28T01:00"), "2026-11-28T02:00-05:00");
    }

    @Test
    void specialHoursMayRunPastMidnight() {
        special("2026-12-31", "New Year's Eve", "20:00", "03:00");
        open(at(NEW_YORK, "2027-01-01T02:00"), "2027-01-01T03:00-05:00");
        closed(at(NEW_YORK, "2027-01-01T03:00"), null);
    }

    @Test
    void theOffsetIsTheZonesAtThatMoment() {
        // Daylight saving time begins in New York at 2:00 on Sunday 2026-03-08.
        on(6, "22:00", "04:00");
        open(at(NEW_YORK, "2026-03-07T23:00"), "2026-03-08T04:00-04:00");
        closed(at(NEW_YORK, "2026-03-07T21:00"), "2026-03-07T22:00-05:00");
    }

    @Test
    void aLocationWithoutHoursIsNeitherOpenNorClosed() {
        Opening opening = at(NEW_YORK, "2026-11-25T12:00");
        assertEquals(Opening.Status.UNKNOWN, opening.status());
        assertFalse(opening.openNow());
        assertNull(opening.opensAt());
        assertNull(opening.closesAt());
    }

    @Test
    void openAroundTheClockHasNoClosingTime() {
        for (int day = 1; day <= 7; day++) {
            on(day, "00:00", "12:00").on(day, "12:00", "00:00");
        }
        Opening opening = at(LOS_ANGELES, "2026-11-25T12:00");
        assertEquals(Opening.Status.OPEN, opening.status());
        assertNull(opening.closesAt());
    }

    @Test
    void theNextOpeningMayBeWeeksAway() {
        weekdays("09:00", "17:00");
        LocalDate day = LocalDate.parse("2026-07-01");
        for (int i = 0; i < 40; i++) {
            exceptions.add(new Listing.HoursException(day.plusDays(i), "Closed for renovation", true, List.of()));
        }
        closed(at(NEW_YORK, "2026-07-01T12:00"), "2026-08-10T09:00-04:00");
    }
}
