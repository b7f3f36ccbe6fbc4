package org.jewelers.competition.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReminderSlotTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest(name = "{0} before {1} is {2} ({3})")
    @CsvSource({
            // 23:59 EST on November 8, 2027; a week before is 23:59 EDT (DST ended November 7): 167 hours, not 168
            "P7D, 2027-11-09T04:59:00Z, 2027-11-02T03:59:00Z, day offsets keep the local time across DST",
            "PT24H, 2027-11-08T04:59:00Z, 2027-11-07T04:59:00Z, hour offsets are absolute across DST",
            "P1D, 2027-11-08T04:59:00Z, 2027-11-07T03:59:00Z, one day back across the change keeps 23:59",
            "PT48H, 2027-06-30T03:59:00Z, 2027-06-28T03:59:00Z, without a change hours and days agree",
            "P2D, 2027-06-30T03:59:00Z, 2027-06-28T03:59:00Z, without a change hours and days agree"})
    void countsBackFromTheDeadline(String offset, Instant deadline, Instant due, String why) {
        assertEquals(due, new ReminderSlot(offset).before(deadline, NEW_YORK), why);
    }

    @ParameterizedTest
    @CsvSource({"P7D, 7d-before", "pt24h, 24h-before", "PT48H, 48h-before"})
    void namesItsSlot(String offset, String name) {
        assertEquals(name, new ReminderSlot(offset).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"P0D", "PT0H", "P1W", "PT30M", "P1DT2H", "P1000D", "-P1D", "", "7 days"})
    void refusesWhatIsNotDaysOrHours(String offset) {
        assertThrows(IllegalArgumentException.class, () -> new ReminderSlot(offset));
    }
}
