package org.jewelers.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The map of member firms and the search's bbox, over firms on the Aleutian Islands, on both sides of longitude 180
 * and far from the other tests' firms, so that boxes around them see only these.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberMapTest {

    /** Around the islands east of longitude 180 (Adak, Atka) only. */
    private static final String EAST_OF_180 = "-177,51,-173,53";
    /** Around all the islands, across longitude 180. */
    private static final String ACROSS_180 = "172,51,-173,53.5";

    String adak;
    String atka;
    String amchitka;
    String kiska;
    String attu;

    @BeforeEach
    void placeFirms() {
        if (adak != null) {
            return;
        }
        adak = Firms.named("Adak Goldsmiths").atPoint("Adak", "AK", "99546", 51.88, -176.65)
                .with("services", List.of("repair")).create();
        atka = Firms.named("Atka Jewelers").atPoint("Atka", "AK", "99547", 52.20, -174.20)
                .with("kind", "supplier").create();
        amchitka = Firms.named("Amchitka Gems").atPoint("Amchitka", "AK", "99546", 51.50, 179.00)
                .with("services", List.of("repair")).create();
        kiska = Firms.named("Kiska Pearls").atPoint("Kiska", "AK", "99546", 51.98, 177.50).create();
        // Two locations in every box around the islands: the firm still counts once, as the search counts it.
        attu = Firms.named("Attu Silver").atPoint("Attu", "AK", "99546", 52.90, 173.20)
                .atPoint("Attu", "AK", "99546", 52.85, 173.30).create();
        Firms.named("Lapsed Aleutian Jewelers").atPoint("Adak", "AK", "99546", 51.87, -176.64)
                .with("standing", "lapsed").create();
    }

    @Test
    void theSearchFindsOnlyFirmsInTheBox() {
        search("bbox", EAST_OF_180).statusCode(200).body("total", equalTo(2))
                .body("items.member.id", containsInAnyOrder(adak, atka));
    }

    @Test
    void aBoxWhoseWestIsAboveItsEastSpansLongitude180() {
        search("bbox", ACROSS_180).statusCode(200).body("total", equalTo(5))
                .body("items.member.id", containsInAnyOrder(adak, atka, amchitka, kiska, attu));
        search("bbox", "177,51,-175,53").statusCode(200)
                .body("items.member.id", containsInAnyOrder(adak, amchitka, kiska));
    }

    @Test
    void theMapsCountsAddUpToTheSearchsTotalForTheSameBoxAndFilters() {
        List<Object[]> cases = List.of(
                new Object[] {ACROSS_180, 0, new String[0]},
                new Object[] {ACROSS_180, 4, new String[0]},
                new Object[] {ACROSS_180, 7, new String[] {"kind", "retailer"}},
                new Object[] {ACROSS_180, 7, new String[] {"service", "repair"}},
                new Object[] {EAST_OF_180, 9, new String[0]},
                new Object[] {"-176.7,51.85,-176.6,51.9", 13, new String[0]},
                // The whole country, with every other test's firms: whatever is there, the sums agree.
                new Object[] {"-125,24,-66,50", 3, new String[0]},
                new Object[] {"-125,24,-66,50", 5, new String[] {"state", "ID"}},
                new Object[] {"-125,24,-66,50", 4, new String[] {"zip", "83702", "radius", "100"}});
        for (Object[] c : cases) {
            String bbox = (String) c[0];
            int zoom = (int) c[1];
            String[] filters = (String[]) c[2];
            List<Object> both = new ArrayList<>(List.of("bbox", bbox));
            both.addAll(List.of((Object[]) filters));
            long searchTotal = search(both.toArray()).statusCode(200).extract().jsonPath().getLong("total");

            both.addAll(List.of("zoom", zoom));
            JsonPath map = map(both.toArray()).statusCode(200).extract().jsonPath();
            long counted = map.getList("clusters.count", Long.class).stream().mapToLong(Long::longValue).sum()
                    + map.getList("firms").size();
            String what = "bbox " + bbox + ", zoom " + zoom + ", " + String.join(" ", filters);
            assertEquals(searchTotal, map.getLong("total"), what);
            assertEquals(searchTotal, counted, what);
        }
    }

    @Test
    void farOutFirmsAreCountedPerCellWithTheirMeanPosition() {
        JsonPath map = map("bbox", ACROSS_180, "zoom", 2).statusCode(200)
                .body("zoom", equalTo(2)).body("cellSize", equalTo(22.5f))
                .body("total", equalTo(5)).body("firms", hasSize(0))
                .extract().jsonPath();
        // Cells of 22.5 degrees: 45 to 67.5 north; 157.5 to 180 east (Amchitka, Kiska, Attu) and -180 to -157.5
        // (Adak, Atka).
        List<Map<String, Object>> clusters = map.getList("clusters");
        assertEquals(2, clusters.size(), clusters.toString());
        Map<String, Object> west = clusters.stream().filter(c -> ((Number) c.get("longitude")).doubleValue() > 0)
                .findFirst().orElseThrow();
        assertEquals(3, ((Number) west.get("count")).intValue());
        assertEquals((51.50 + 51.98 + 52.90) / 3, ((Number) west.get("latitude")).doubleValue(), 1e-4,
                "the mean of the matching locations: Attu's first, the one the search matches");
        assertEquals(Map.of("west", 157.5f, "south", 45.0f, "east", 180.0f, "north", 67.5f), west.get("cell"));
    }

    @Test
    void closeInTheMapListsSingleFirmsWithTheirLocation() {
        map("bbox", "-176.7,51.85,-176.6,51.9", "zoom", 13).statusCode(200)
                .body("total", equalTo(1)).body("clusters", hasSize(0))
                .body("firms.id", containsInAnyOrder(adak))
                .body("firms[0].name", equalTo("Adak Goldsmiths"))
                .body("firms[0].latitude", equalTo(51.88f))
                .body("firms[0].longitude", equalTo(-176.65f));
    }

    @Test
    void badBoxesAreNamed() {
        for (String bbox : List.of("1,2,3", "1,2,3,4,5", "a,2,3,4", "1,2,,4", "1,2,NaN,4", "1,2,Infinity,4",
                "-181,0,10,1", "0,0,181,1", "0,-91,1,1", "0,0,1,91", "0,10,1,5", "0,5,1,5", "5,0,5,1")) {
            problem(search("bbox", bbox), "bbox");
            problem(map("bbox", bbox, "zoom", 3), "bbox");
        }
    }

    @Test
    void theMapNeedsABoxAndAZoomAndBoundsTheGridItCounts() {
        problem(map("zoom", 3), "bbox");
        problem(map("bbox", EAST_OF_180), "zoom");
        problem(map("bbox", EAST_OF_180, "zoom", -1), "zoom");
        problem(map("bbox", EAST_OF_180, "zoom", 21), "zoom");
        problem(map("bbox", EAST_OF_180, "zoom", "near"), "zoom");
        // The whole world at zoom 4 is 2,048 cells of 5.6 degrees; at zoom 5, 8,192: too many.
        map("bbox", "-180,-90,180,90", "zoom", 4).statusCode(200);
        problem(map("bbox", "-180,-90,180,90", "zoom", 5), "bbox");
        problem(map("bbox", "-125,24,-66,50", "zoom", 12), "bbox");
        // The search's own filters are checked as the search checks them.
        problem(map("bbox", EAST_OF_180, "zoom", 3, "kind", "pawnshop"), "kind");
        // And paging is not the map's.
        problem(map("bbox", EAST_OF_180, "zoom", 3, "page", 2), "page");
    }

    private static ValidatableResponse search(Object... parameters) {
        return get("/api/v1/members", parameters);
    }

    private static ValidatableResponse map(Object... parameters) {
        return get("/api/v1/members/map", parameters);
    }

    private static ValidatableResponse get(String path, Object... parameters) {
        var request = given();
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.get(path).then();
    }

    private static void problem(ValidatableResponse response, String parameter) {
        response.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/validation"))
                .body("errors.field", hasItem(parameter));
    }
}
