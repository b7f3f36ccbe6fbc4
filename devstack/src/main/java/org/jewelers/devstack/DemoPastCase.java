package org.jewelers.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Last year's CASE Awards edition, judged and published, so that a gallery has pieces to show on first start. It is
 * loaded as people would run it, on the real clock: staff grant each demo entrant an extension ending minutes from
 * now (the only way into a closed edition), the entrants enter and submit their pieces, staff screen them eligible,
 * open a finals round that closed last year, choose and confirm its finalists, confirm the winners (each category's
 * and each division's Best in Show) and choose the images to publish. The results were public from last November.
 * The finalists' pieces are at every stage of their custody ({@link DemoCustody}).
 */
final class DemoPastCase {

    static final String ZONE = "America/New_York";

    /** One finalist piece: who made it, where it competes, and whether it wins its category. */
    private record Piece(String category, String title, String description, String materials, long retailValueCents,
                         String designer, boolean wins, boolean pendant) {
    }

    private static final List<Piece> RETAIL = List.of(
            new Piece("retailer-2001-5000", "Harbor Light Ring", "A cathedral ring whose sapphire sits like a lamp "
                    + "above the harbor wall.", "18k yellow gold, hand-fabricated; oval sapphire", 420_000,
                    "Maren Holt", true, false),
            new Piece("retailer-2001-5000", "Meadow Drop", "A pendant that holds a peridot in a dewdrop of gold.",
                    "14k yellow gold, cast and hand-finished; peridot", 310_000, "Tomas Reyes", false, true),
            new Piece("retailer-5001-10000", "Ember Pendant", "A teardrop of rose gold around a glowing garnet.",
                    "18k rose gold, hand-raised; rhodolite garnet", 860_000, "Lena Okafor", true, true),
            new Piece("retailer-5001-10000", "Northern Band", "A wide band whose stone catches the winter light.",
                    "Platinum, milled edges; old mine cut diamond", 720_000, "Sam Whitaker", false, false));
    private static final List<Piece> SUPPLY = List.of(
            new Piece("supplier-5001-10000", "Orbit Solitaire", "A solitaire held by a single sweeping prong.",
                    "Platinum, CAD-modelled and cast; lab-grown diamond", 650_000, "Iris Chen", true, false),
            new Piece("supplier-5001-10000", "Lagoon Pendant", "A pendant in the colours of a shallow lagoon.",
                    "18k white gold; Paraíba-type tourmaline", 940_000, "Jonah Price", false, true),
            new Piece("supplier-10001-50000", "Aurora Drop", "A drop pendant whose amethyst shifts from violet to rose.",
                    "18k white gold, pavé bail; amethyst", 1_850_000, "Priya Raman", true, true),
            new Piece("supplier-10001-50000", "Summit Ring", "A ring that rises to a peak around an emerald.",
                    "18k yellow gold, hand-carved; emerald", 2_400_000, "Elias Berg", false, false));

    private DemoPastCase() {
    }

    /** Returns how many records were added: the edition and its entries; 0 when the edition was there already. */
    static int load(DemoApi staff, DemoPastEditions.People people, List<JsonNode> retailers, List<JsonNode> suppliers,
                    LocalDate today) {
        int year = today.getYear() - 1;
        JsonNode edition = staff.create("/api/v1/editions", edition(year));
        if (edition == null || retailers.size() < RETAIL.size() || suppliers.size() < SUPPLY.size()) {
            return edition == null ? 0 : 1;
        }
        String editionId = edition.path("id").asText();
        staff.change("PATCH", "/api/v1/editions/" + editionId, Map.of("custody", DemoCustody.terms(year)));
        String until = DemoPastEditions.minutesFromNow(ZONE, 15);
        Map<String, String> images = new LinkedHashMap<>();
        List<DemoCustody.Finalist> finalists = new ArrayList<>();
        List<Map<String, Object>> winners = new ArrayList<>();
        int seed = 0;
        for (List<Piece> division : List.of(RETAIL, SUPPLY)) {
            List<JsonNode> firms = division == RETAIL ? retailers : suppliers;
            String bestInShow = null;
            for (int i = 0; i < division.size(); i++) {
                Piece piece = division.get(i);
                String subject = "demo-designer-" + piece.designer().toLowerCase().replace(' ', '-');
                staff.create("/api/v1/review/editions/" + editionId + "/extensions", Map.of("subject", subject,
                        "until", until));
                DemoApi entrant = people.of(subject, piece.designer(), firms.get(i).path("id").asText());
                String entry = enter(entrant, editionId, piece, ++seed, images);
                finalists.add(new DemoCustody.Finalist(entry, entrant, piece.retailValueCents(), seed, piece.pendant()));
                staff.create("/api/v1/review/entries/" + entry + "/screening", Map.of("eligible", true));
                if (piece.wins()) {
                    winners.add(Map.of("category", piece.category(), "entryId", entry));
                    // The costlier winner of the division takes its Best in Show.
                    bestInShow = entry;
                }
            }
            String code = division == RETAIL ? "retailer" : "supplier";
            winners.add(Map.of("category", code + "-best-in-show", "entryId", bestInShow));
        }
        String round = staff.create("/api/v1/rounds", Map.of("editionId", editionId, "stage", "finals",
                "opens", year + "-08-01T13:00:00Z", "closes", year + "-09-01T03:59:00Z")).path("id").asText();
        staff.put("/api/v1/rounds/" + round + "/finalists", Map.of("entryIds", List.copyOf(images.keySet())));
        staff.create("/api/v1/rounds/" + round + "/finalists/confirmation", Map.of());
        staff.create("/api/v1/rounds/" + round + "/winners", Map.of("winners", winners));
        DemoCustody.load(staff, finalists);
        images.forEach((entry, image) -> staff.put("/api/v1/review/entries/" + entry + "/published-images",
                Map.of("imageIds", List.of(image))));
        return 1 + images.size();
    }

    /** The entrant's draft, its picture and its submission; answers the entry's id and records its image's. */
    private static String enter(DemoApi entrant, String edition, Piece piece, int seed, Map<String, String> images) {
        String entry = entrant.create("/api/v1/entries", Map.of("editionId", edition, "category", piece.category(),
                "title", piece.title(), "description", piece.description(),
                "materialsAndTechniques", piece.materials(), "retailValueCents", piece.retailValueCents(),
                "noMakersMarkVisible", true)).path("id").asText();
        String image = entrant.upload("POST", "/api/v1/entries/" + entry + "/images", "piece.png",
                DemoPictures.piece(seed, piece.pendant()), Map.of("kind", "photo")).path("id").asText();
        images.put(entry, image);
        entrant.createEventually("/api/v1/entries/" + entry + "/submit", Map.of());
        return entry;
    }

    private static Map<String, Object> edition(int year) {
        return Map.of("program", "case-awards", "year", year, "title", "CASE Awards " + year, "timeZone", ZONE,
                "opens", year + "-03-01T00:00", "closes", year + "-06-28T23:59",
                "resultsPublish", year + "-11-10T19:00",
                "categories", DemoCompetitions.caseCategories(),
                "milestones", List.of(
                        Map.of("name", "Finalists announced", "at", year + "-09-15T12:00"),
                        Map.of("name", "Winners announced", "at", year + "-11-10T19:00")));
    }
}
