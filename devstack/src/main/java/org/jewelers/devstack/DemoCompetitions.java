package org.jewelers.devstack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The programs' demo editions: a CASE Awards edition open until June 28, 23:59 America/New_York of the coming
 * year, with its categories, and a 20 Under 40 edition with its two lists.
 */
final class DemoCompetitions {

    private static final String ZONE = "America/New_York";
    private static final String[][] BANDS = {
            {"up-to-2000", "up to $2,000", "0", "200000"},
            {"2001-5000", "$2,001 to $5,000", "200100", "500000"},
            {"5001-10000", "$5,001 to $10,000", "500100", "1000000"},
            {"10001-50000", "$10,001 to $50,000", "1000100", "5000000"}};

    private DemoCompetitions() {
    }

    static int load(DemoApi api, LocalDate today) {
        int year = today.getYear() + 1;
        int added = 0;
        added += api.create("/api/v1/editions", caseAwards(year, today)) == null ? 0 : 1;
        added += api.create("/api/v1/editions", twentyUnderForty(year, today)) == null ? 0 : 1;
        return added;
    }

    private static Map<String, Object> caseAwards(int year, LocalDate today) {
        List<Map<String, Object>> categories = new ArrayList<>();
        for (String division : List.of("retailer", "supplier")) {
            for (String[] band : BANDS) {
                categories.add(Map.of("code", division + "-" + band[0],
                        "name", capitalized(division) + ", retail value " + band[1], "division", division,
                        "minValueCents", Long.parseLong(band[2]), "maxValueCents", Long.parseLong(band[3])));
            }
            categories.add(Map.of("code", division + "-best-in-show", "name", "Best in Show, " + division + "s",
                    "division", division, "enterable", false));
        }
        return Map.of("program", "case-awards", "year", year, "title", "CASE Awards " + year, "timeZone", ZONE,
                "opens", today.minusDays(30) + "T00:00", "closes", year + "-06-28T23:59",
                "categories", categories,
                "milestones", List.of(
                        Map.of("name", "Pre-judging closes", "at", year + "-07-31T17:00"),
                        Map.of("name", "Finalists announced", "at", year + "-09-15T12:00"),
                        Map.of("name", "Winners announced", "at", year + "-11-10T19:00")));
    }

    private static Map<String, Object> twentyUnderForty(int year, LocalDate today) {
        return Map.of("program", "20-under-40", "year", year, "title", "20 Under 40, class of " + year,
                "timeZone", ZONE, "opens", today.minusDays(10) + "T00:00", "closes", year + "-03-31T23:59",
                "ageCutoff", year + "-03-31",
                "categories", List.of(
                        Map.of("code", "retail", "name", "Retail: 20 honorees"),
                        Map.of("code", "suppliers", "name", "Suppliers: 20 honorees")),
                "milestones", List.of(Map.of("name", "Honorees announced", "at", year + "-06-01T12:00")));
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
