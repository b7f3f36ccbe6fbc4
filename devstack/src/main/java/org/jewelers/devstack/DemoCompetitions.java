package org.jewelers.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jewelers.stripestub.StripeStub;

/**
 * The programs' demo editions: a CASE Awards edition open until June 28, 23:59 America/New_York of the coming
 * year, with its categories, and a 20 Under 40 edition with its two lists. Then, as entrants of demo firms would
 * through the API: CASE entries (two submitted, one draft) and 20 Under 40 nominations (a submitted
 * self-nomination, a colleague's waiting for the nominee's consent, whose email the stack's mailbox shows, one the
 * nominee consented to through the link mailed to him, and a draft), then the CASE edition's fees ({@link DemoFees}). This year's edition, closing tomorrow, is
 * {@link DemoNotices}'.
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

    static int load(DemoApi api, Entrants entrants, DemoMailbox mailbox, StripeStub stripe, List<JsonNode> firms,
                    LocalDate today) {
        int year = today.getYear() + 1;
        int added = 0;
        JsonNode caseEdition = api.create("/api/v1/editions", caseAwards(year, today));
        JsonNode twentyEdition = api.create("/api/v1/editions", twentyUnderForty(year, today));
        List<JsonNode> good = firms.stream().filter(f -> f.path("goodStanding").asBoolean()).toList();
        JsonNode retailer = good.stream().filter(f -> f.path("kind").asText().equals("retailer")).findFirst().orElse(null);
        // A service provider enters no CASE division: the supplier division is suppliers' and manufacturers'.
        JsonNode supplier = good.stream().filter(f -> List.of("supplier", "manufacturer").contains(f.path("kind").asText()))
                .findFirst().orElse(null);
        if (caseEdition != null) {
            added++;
            if (retailer != null && supplier != null) {
                added += entries(caseEdition.path("id").asText(), entrants, retailer, supplier);
                // The fees come after the free entries above, which would otherwise have to be paid for first.
                added += DemoFees.load(api, entrants, stripe, caseEdition.path("id").asText(), year, retailer);
            }
        }
        added += DemoNotices.load(api, entrants, retailer, today);
        if (twentyEdition != null) {
            added++;
            if (retailer != null && supplier != null) {
                added += nominations(twentyEdition.path("id").asText(), year, entrants, mailbox, retailer, supplier);
            }
        }
        return added;
    }

    /** Entrants' own way into the API: a DemoApi with a DEV ONLY entrant token of a firm. */
    interface Entrants {
        DemoApi of(String subject, String memberId);
    }

    private static int entries(String edition, Entrants entrants, JsonNode retailer, JsonNode supplier) {
        DemoApi ada = entrants.of("demo-entrant-ada", retailer.path("id").asText());
        DemoApi ben = entrants.of("demo-entrant-ben", supplier.path("id").asText());
        submit(ada, piece(ada, edition, "retailer-2001-5000", "Tidepool Cuff",
                "A hinged cuff whose surface follows the ripples of a tidepool.",
                "18k recycled yellow gold, hand-raised; tourmaline cabochons", 450_000, new Color(32, 112, 140)));
        submit(ben, piece(ben, edition, "supplier-5001-10000", "Comet Pendant",
                "A pendant whose tail of graduated diamonds sweeps around the chain.",
                "Platinum, pavé-set lab-grown diamonds, CAD-modelled and cast", 780_000, new Color(90, 90, 120)));
        piece(ada, edition, "retailer-up-to-2000", "Seed Studs",
                "Draft: stud earrings cast from seed pods.", "Sterling silver, lost-wax cast", 35_000,
                new Color(150, 120, 60));
        return 3;
    }

    private static int nominations(String edition, int year, Entrants entrants, DemoMailbox mailbox, JsonNode retailer,
                                   JsonNode supplier) {
        String retailerId = retailer.path("id").asText();
        DemoApi cora = entrants.of("demo-entrant-cora", retailerId);
        String self = nomination(cora, edition, year, Map.of("nominatedBy", "self", "nomineeName", "Cora Lindqvist",
                "jobTitle", "Store Manager"));
        cora.createEventually("/api/v1/nominations/" + self + "/submit", Map.of());

        DemoApi ada = entrants.of("demo-entrant-ada", retailerId);
        String colleague = nomination(ada, edition, year, Map.of("nominatedBy", "colleague",
                "nomineeName", "Jordan Avery", "nomineeEmail", "jordan.avery@dev.jewelers.example",
                "jobTitle", "Bench Jeweler"));
        // Waits for Jordan's consent: the email with the link is in the stack's mailbox.
        ada.createEventually("/api/v1/nominations/" + colleague + "/submit", Map.of());

        // Sam consents through the link mailed to him, and Cora, who nominated him, is told.
        String sam = nomination(cora, edition, year, Map.of("nominatedBy", "colleague", "nomineeName", "Sam Ortiz",
                "nomineeEmail", "sam.ortiz@dev.jewelers.example", "jobTitle", "Gemologist"));
        cora.createEventually("/api/v1/nominations/" + sam + "/submit", Map.of());
        cora.change("POST", "/api/v1/nominations/consent/" + mailbox.consentToken("sam.ortiz@dev.jewelers.example"),
                Map.of());

        DemoApi ben = entrants.of("demo-entrant-ben", supplier.path("id").asText());
        ben.create("/api/v1/nominations", Map.of("editionId", edition, "nominatedBy", "colleague",
                "nomineeName", "Priya Natarajan", "nomineeEmail", "priya.natarajan@dev.jewelers.example",
                "jobTitle", "Director of E-commerce"));
        return 4;
    }

    private static String nomination(DemoApi api, String edition, int year, Map<String, Object> who) {
        Map<String, Object> body = new HashMap<>(who);
        body.put("editionId", edition);
        body.put("dateOfBirth", (year - 32) + "-05-17");
        body.put("fullTime", true);
        body.put("yearsInIndustry", 8);
        body.put("attested", true);
        body.put("essays", Map.of(
                "achievements", "Grew the store's custom design business to a third of its sales.",
                "contribution", "Teaches jewelry CAD at the community college and mentors apprentices.",
                "vision", "Traceable, recycled metals as the norm, and more young people at the bench."));
        String id = api.create("/api/v1/nominations", body).path("id").asText();
        api.upload("PUT", "/api/v1/nominations/" + id + "/photo", "portrait.png", picture(new Color(200, 160, 140)),
                Map.of());
        return id;
    }

    static String piece(DemoApi api, String edition, String category, String title, String description,
                                String materials, long retailValueCents, Color color) {
        String id = api.create("/api/v1/entries", Map.of("editionId", edition, "category", category, "title", title,
                "description", description, "materialsAndTechniques", materials, "retailValueCents", retailValueCents,
                "noMakersMarkVisible", true)).path("id").asText();
        api.upload("POST", "/api/v1/entries/" + id + "/images", "photo.png", picture(color), Map.of("kind", "photo"));
        return id;
    }

    /** Submits once the competition knows the entrant's firm from the directory's events (422 until then). */
    static void submit(DemoApi api, String entry) {
        api.createEventually("/api/v1/entries/" + entry + "/submit", Map.of());
    }

    /** A small generated picture: a gradient of the given colour. */
    private static byte[] picture(Color color) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, color, 320, 240, color.brighter().brighter()));
        graphics.fillRect(0, 0, 320, 240);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static Map<String, Object> caseAwards(int year, LocalDate today) {
        return Map.of("program", "case-awards", "year", year, "title", "CASE Awards " + year, "timeZone", ZONE,
                "opens", today.minusDays(30) + "T00:00", "closes", year + "-06-28T23:59",
                "categories", caseCategories(),
                "milestones", List.of(
                        Map.of("name", "Pre-judging closes", "at", year + "-07-31T17:00"),
                        Map.of("name", "Finalists announced", "at", year + "-09-15T12:00"),
                        Map.of("name", "Winners announced", "at", year + "-11-10T19:00")));
    }

    /** The CASE categories: per division, four retail-value bands and a Best in Show that is not entered. */
    static List<Map<String, Object>> caseCategories() {
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
        return categories;
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
