package org.jewelers.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Last year's 20 Under 40 class, confirmed and published: three honorees on each list, each with a citation and a
 * generated portrait. As for the past CASE edition, staff grant each nominee an extension ending minutes from now;
 * each nominates themself and agrees at submit that the photo be published (publishPhoto=true), staff screen the
 * nomination eligible and confirm the honoree. No round ranked these dossiers, so each confirmation gives its reason.
 * The results are published as of yesterday, once the class is confirmed.
 */
final class DemoPastHonorees {

    private static final String ZONE = DemoPastCase.ZONE;
    private static final String REASON = "Demo data: last year's class, confirmed without a judged round";

    /** An honoree: name, job, the list they are on, and the citation staff wrote. */
    private record Honoree(String name, String jobTitle, String list, String citation) {
    }

    private static final List<Honoree> CLASS = List.of(
            new Honoree("Amara Okafor", "Custom Design Manager", "retail",
                    "Built a four-bench custom design studio inside a family store and teaches CAD to apprentices."),
            new Honoree("Diego Martins", "Store Manager", "retail",
                    "Doubled his store's repair business and opened its bench to high-school job shadows."),
            new Honoree("Hannah Lindqvist", "Director of Gemology", "retail",
                    "Brought lab reports to every sale and trains colleagues across the state in grading."),
            new Honoree("Kenji Watanabe", "Head of Casting", "suppliers",
                    "Moved his casting house to recycled metals and published how others can follow."),
            new Honoree("Fatima Noor", "Director of E-commerce", "suppliers",
                    "Gave independent retailers a catalogue they can sell from on their own sites."),
            new Honoree("Olivia Grant", "Sourcing Lead", "suppliers",
                    "Traced every coloured stone her firm sells to its mine and shares the records with buyers."));

    private DemoPastHonorees() {
    }

    /** Returns how many records were added: the edition and its honorees; 0 when the edition was there already. */
    static int load(DemoApi staff, DemoPastEditions.People people, List<JsonNode> retailers, List<JsonNode> suppliers,
                    LocalDate today) {
        int year = today.getYear() - 1;
        JsonNode edition = staff.create("/api/v1/editions", edition(year));
        if (edition == null || retailers.size() < 3 || suppliers.size() < 3) {
            return edition == null ? 0 : 1;
        }
        String editionId = edition.path("id").asText();
        String until = DemoPastEditions.minutesFromNow(ZONE, 15);
        int retail = 0;
        int supply = 0;
        for (int i = 0; i < CLASS.size(); i++) {
            Honoree honoree = CLASS.get(i);
            // Firms other than the past CASE entrants', so that the gallery shows more of the membership.
            JsonNode employer = honoree.list().equals("retail") ? retailers.get(retailers.size() - 1 - retail++)
                    : suppliers.get(suppliers.size() - 1 - supply++);
            String subject = "demo-honoree-" + honoree.name().toLowerCase().replace(' ', '-');
            staff.create("/api/v1/review/editions/" + editionId + "/extensions", Map.of("subject", subject,
                    "until", until));
            DemoApi nominee = people.of(subject, honoree.name(), employer.path("id").asText());
            String nomination = nominate(nominee, editionId, year, honoree, i + 1);
            staff.create("/api/v1/review/nominations/" + nomination + "/screening", Map.of("eligible", true));
            String dossier = staff.get("/api/v1/review/nominations/" + nomination).path("dossierId").asText();
            staff.create("/api/v1/review/dossiers/" + dossier + "/honoree", Map.of("citation", honoree.citation(),
                    "reason", REASON));
        }
        // Published once the class is confirmed, and as of yesterday: results notices go to the people of editions
        // published in the last 30 days, so the honorees' are in the mailbox (and none said "not selected" early).
        staff.change("PATCH", "/api/v1/editions/" + editionId, Map.of("resultsPublish", today.minusDays(1) + "T12:00"));
        return 1 + CLASS.size();
    }

    private static String nominate(DemoApi nominee, String edition, int year, Honoree honoree, int seed) {
        String id = nominee.create("/api/v1/nominations", Map.ofEntries(
                Map.entry("editionId", edition), Map.entry("nominatedBy", "self"), Map.entry("list", honoree.list()),
                Map.entry("nomineeName", honoree.name()), Map.entry("jobTitle", honoree.jobTitle()),
                Map.entry("dateOfBirth", (year - 30 - seed) + "-04-0" + seed), Map.entry("fullTime", true),
                Map.entry("yearsInIndustry", 5 + seed), Map.entry("attested", true),
                Map.entry("essays", Map.of(
                        "achievements", "Led the projects the citation names, with the team around them.",
                        "contribution", "Mentors newcomers and volunteers with the association's programs.",
                        "vision", "A trade that is open, traceable and welcoming to the next generation."))))
                .path("id").asText();
        nominee.upload("PUT", "/api/v1/nominations/" + id + "/photo", "portrait.png", DemoPictures.portrait(seed),
                Map.of());
        // The nominee agrees here that the photo be published with the results.
        nominee.createEventually("/api/v1/nominations/" + id + "/submit?publishPhoto=true", Map.of());
        return id;
    }

    private static Map<String, Object> edition(int year) {
        return Map.of("program", "20-under-40", "year", year, "title", "20 Under 40, class of " + year,
                "timeZone", ZONE, "opens", year + "-01-02T00:00", "closes", year + "-03-31T23:59",
                "ageCutoff", year + "-03-31",
                "categories", List.of(
                        Map.of("code", "retail", "name", "Retail"),
                        Map.of("code", "suppliers", "name", "Suppliers")),
                "milestones", List.of(Map.of("name", "Honorees announced", "at", year + "-06-01T12:00")));
    }
}
