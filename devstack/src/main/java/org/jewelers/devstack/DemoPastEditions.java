package org.jewelers.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Last year's editions of both programs with their published results (DemoPastCase, DemoPastHonorees): what the
 * gallery at /gallery/ shows on first start.
 */
final class DemoPastEditions {

    private DemoPastEditions() {
    }

    /** People with a name of their own (the designer credit, the nominee) and a DEV ONLY entrant token of a firm. */
    interface People {
        DemoApi of(String subject, String name, String memberId);
    }

    static int load(DemoApi staff, People people, List<JsonNode> firms, LocalDate today) {
        // Firms with a city, in good standing: results name the firm's city and state.
        List<JsonNode> good = firms.stream().filter(f -> f.path("goodStanding").asBoolean()).toList();
        List<JsonNode> retailers = good.stream().filter(f -> f.path("kind").asText().equals("retailer")).toList();
        List<JsonNode> suppliers = good.stream()
                .filter(f -> List.of("supplier", "manufacturer").contains(f.path("kind").asText())).toList();
        return DemoPastCase.load(staff, people, retailers, suppliers, today)
                + DemoPastHonorees.load(staff, people, retailers, suppliers, today);
    }

    /** A wall-clock time in the zone, minutes from now: an extension's end for entrants of a closed edition. */
    static String minutesFromNow(String zone, int minutes) {
        return LocalDateTime.now(ZoneId.of(zone)).plusMinutes(minutes).truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
