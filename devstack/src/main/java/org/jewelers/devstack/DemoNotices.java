package org.jewelers.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * This year's CASE Awards edition, whose entries close tomorrow: what leaves the reminders in the stack's mailbox
 * on first start, on the real clock. A draft holder (Dana) is reminded 24 hours before the close, which staff move
 * to a few seconds past a day ahead once her draft exists (a reminder slot that fell due before the draft began is
 * never sent late); staff write to the draft holders; Eli's submitted ring is screened eligible and a pre-judging
 * round closing two days ahead assigns it to a judge on the roster, who is invited (with the round's .ics) and, a
 * few seconds later, reminded 48 hours before the close. The other kinds come from the rest of the demo: screening
 * outcomes and finalists from last year's CASE Awards, results from last year's 20 Under 40 class (published
 * yesterday), a nominator told of a colleague's consent and a consent reminder from the coming 20 Under 40 edition.
 */
final class DemoNotices {

    static final String ZONE = "America/New_York";
    static final String BROADCAST_SUBJECT = "Entries close tomorrow";
    /** Long enough for the loader to finish the step that must come first, short enough to see the notice at once. */
    private static final Duration DUE_IN = Duration.ofSeconds(20);

    private DemoNotices() {
    }

    /** Returns how many records were added: the edition and its entries; 0 when the edition was there already. */
    static int load(DemoApi staff, DemoCompetitions.Entrants entrants, JsonNode retailer, LocalDate today) {
        int year = today.getYear();
        JsonNode edition = staff.create("/api/v1/editions", Map.of("program", "case-awards", "year", year,
                "title", "CASE Awards " + year, "timeZone", ZONE, "opens", today.minusDays(60) + "T00:00",
                "closes", today.plusDays(30) + "T23:59", "categories", DemoCompetitions.caseCategories()));
        if (edition == null || retailer == null) {
            return edition == null ? 0 : 1;
        }
        String editionId = edition.path("id").asText();
        String firm = retailer.path("id").asText();
        DemoApi dana = entrants.of("demo-entrant-dana", firm);
        DemoCompetitions.piece(dana, editionId, "retailer-up-to-2000", "Lantern Earrings",
                "Draft: drop earrings pierced like paper lanterns.", "Sterling silver, hand-pierced", 60_000,
                new Color(200, 150, 60));
        DemoApi eli = entrants.of("demo-entrant-eli", firm);
        String ring = DemoCompetitions.piece(eli, editionId, "retailer-2001-5000", "Riverbed Ring",
                "A wide band textured like a riverbed, set with a river-tumbled sapphire.",
                "18k yellow gold, reticulated; sapphire", 380_000, new Color(60, 90, 150));
        DemoCompetitions.submit(eli, ring);
        staff.create("/api/v1/review/entries/" + ring + "/screening", Map.of("eligible", true));

        Instant now = Instant.now();
        staff.change("PATCH", "/api/v1/editions/" + editionId, Map.of("closes",
                wallClock(now.plus(Duration.ofHours(24)).plus(DUE_IN))));
        staff.change("POST", "/api/v1/review/editions/" + editionId + "/broadcasts", Map.of("segment",
                "draft-holders", "subject", BROADCAST_SUBJECT, "message", "Entries to the CASE Awards " + year
                        + " close tomorrow night. Finish your draft and submit it before then."));

        staff.change("PUT", "/api/v1/editions/" + editionId + "/judges/demo-judge-rosa", Map.of(
                "name", "Rosa Delgado", "email", "rosa.delgado@dev.jewelers.example"));
        String round = staff.create("/api/v1/rounds", Map.of("editionId", editionId, "stage", "pre-judging",
                "opens", now.minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString(),
                "closes", now.plus(Duration.ofHours(48)).plus(DUE_IN).truncatedTo(ChronoUnit.SECONDS).toString()))
                .path("id").asText();
        staff.create("/api/v1/rounds/" + round + "/assignments", Map.of("category", "retailer-2001-5000",
                "judge", "demo-judge-rosa"));
        return 3;
    }

    /** The instant as the edition's wall clock writes it, to the second. */
    private static String wallClock(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneId.of(ZONE)).toString();
    }

}
