package org.jewelers.competition.submission;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.competition.problem.Deadline;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An entrant's window and the extensions staff grant, without a database: the rules alone. */
class WindowRulesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant OPENS = LocalDateTime.parse("2027-03-01T00:00").atZone(NEW_YORK).toInstant();
    private static final Instant CLOSES = LocalDateTime.parse("2027-06-28T23:59").atZone(NEW_YORK).toInstant();

    @Test
    void beforeTheWindowOpensADraftMayStartButNothingIsSubmitted() {
        Window window = Window.of(edition(CLOSES), null);
        Instant now = OPENS.minusSeconds(1);

        assertDoesNotThrow(() -> window.requireNotClosed(now));
        ProblemException refused = assertThrows(ProblemException.class, () -> window.requireOpen(now));
        assertEquals(CompetitionProblem.WINDOW_NOT_OPEN, refused.type());
        assertEquals("Entries for CASE Awards 2027 open at 2027-03-01T00:00 America/New_York (2027-03-01T05:00:00Z)",
                refused.getMessage());
        assertEquals(new Deadline(OPENS, LocalDateTime.parse("2027-03-01T00:00"), "America/New_York"),
                refused.members().get("deadline"));
    }

    @ParameterizedTest(name = "{0} from the deadline: open {1}")
    @CsvSource({"-PT24H, true", "-PT0.001S, true", "PT0S, false", "PT1M, false", "P30D, false"})
    void theDeadlineIsExclusive(Duration fromDeadline, boolean open) {
        Window window = Window.of(edition(CLOSES), null);
        Instant now = CLOSES.plus(fromDeadline);

        if (open) {
            assertDoesNotThrow(() -> window.requireOpen(now));
            assertDoesNotThrow(() -> window.requireNotClosed(now));
        } else {
            assertEquals(CompetitionProblem.WINDOW_CLOSED,
                    assertThrows(ProblemException.class, () -> window.requireOpen(now)).type());
            assertEquals(CompetitionProblem.WINDOW_CLOSED,
                    assertThrows(ProblemException.class, () -> window.requireNotClosed(now)).type());
        }
    }

    @Test
    void aClosedWindowNamesItsDeadlineInTheEditionsZoneAndInUtc() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> Window.of(edition(CLOSES), null).requireNotClosed(CLOSES));

        assertEquals("Entries for CASE Awards 2027 closed at 2027-06-28T23:59 America/New_York (2027-06-29T03:59:00Z)",
                refused.getMessage());
        assertEquals(new Deadline(CLOSES, LocalDateTime.parse("2027-06-28T23:59"), "America/New_York"),
                refused.members().get("deadline"));
        assertEquals(List.of(), refused.errors());
    }

    @Test
    void anExtensionKeepsTheWindowOpenForItsEntrantUntilItsOwnDeadline() {
        Edition edition = edition(CLOSES);
        Extension extension = extension(Window.extendedDeadline(edition, LocalDateTime.parse("2027-07-02T23:59")));
        Instant dayAfterDeadline = CLOSES.plus(Duration.ofDays(1));

        assertDoesNotThrow(() -> Window.of(edition, extension).requireOpen(dayAfterDeadline));
        assertThrows(ProblemException.class, () -> Window.of(edition, null).requireOpen(dayAfterDeadline));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> Window.of(edition, extension).requireOpen(extension.until));
        assertEquals(new Deadline(Instant.parse("2027-07-03T03:59:00Z"),
                LocalDateTime.parse("2027-07-02T23:59"), "America/New_York"), refused.members().get("deadline"));
    }

    @Test
    void anExtensionStillOpensNoSoonerThanTheEdition() {
        Edition edition = edition(CLOSES);
        Extension extension = extension(Window.extendedDeadline(edition, LocalDateTime.parse("2027-07-02T23:59")));

        assertEquals(CompetitionProblem.WINDOW_NOT_OPEN, assertThrows(ProblemException.class,
                () -> Window.of(edition, extension).requireOpen(OPENS.minusSeconds(60))).type());
    }

    @ParameterizedTest(name = "until {0}")
    @CsvSource({"2027-06-28T23:59", "2027-06-28T23:58", "2027-06-01T12:00"})
    void anExtensionMustEndAfterTheEditionsDeadline(LocalDateTime until) {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> Window.extendedDeadline(edition(CLOSES), until));

        assertEquals(List.of(new Problem.FieldError("until",
                "must be after the edition's deadline, 2027-06-28T23:59 America/New_York")), refused.errors());
    }

    @ParameterizedTest(name = "until {0} is {1}")
    @CsvSource({
            "2027-06-29T00:00, 2027-06-29T04:00:00Z",
            // Clocks go back at 02:00 on 7 November 2027: the first 01:30 (EDT) is meant.
            "2027-11-07T01:30, 2027-11-07T05:30:00Z",
            // Clocks go forward at 02:00 on 12 March 2028: 02:30 does not exist, and reads as 03:30 EDT.
            "2028-03-12T02:30, 2028-03-12T07:30:00Z",
            "2028-01-15T23:59, 2028-01-16T04:59:00Z"})
    void anExtensionIsAWallClockTimeInTheEditionsZone(LocalDateTime until, Instant deadline) {
        assertEquals(deadline, Window.extendedDeadline(edition(CLOSES), until));
    }

    private static Edition edition(Instant closesAt) {
        Edition edition = new Edition();
        edition.id = UUID.randomUUID();
        edition.title = "CASE Awards 2027";
        edition.timeZone = "America/New_York";
        edition.opensAt = OPENS;
        edition.closesAt = closesAt;
        return edition;
    }

    private static Extension extension(Instant until) {
        Extension extension = new Extension();
        extension.key = new Extension.Key(UUID.randomUUID(), "auth0|entrant");
        extension.until = until;
        extension.grantedBy = "staff-1";
        extension.grantedAt = CLOSES;
        return extension;
    }
}
