package org.jewelers.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jewelers.testing.Tokens;
import org.jewelers.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Public search over firms placed in Idaho (and two in Florida for opening hours), far from the other tests'
 * firms, so that radius searches here see only these.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberSearchTest {

    private static final List<String> NAMES = List.of("Sawtooth Diamond Gallery", "Bogus Basin Goldsmiths",
            "Payette River Jewelers", "Snake Canyon Gems", "Owyhee Silverworks", "Teton Bridal House");

    @Inject
    TestClock clock;

    String boise;
    String meridian;
    String nampa;
    String twinFalls;
    String lapsed;
    String optedOut;
    String tallahassee;
    String pensacola;

    /** Once per class, but in a per-test callback: Quarkus points rest-assured at the app only around each test. */
    @BeforeEach
    void placeFirms() {
        if (boise != null) {
            return;
        }
        boise = Firms.named(NAMES.get(0)).at("100 Main St", "Boise", "ID", "83702")
                .with("services", List.of("repair", "appraisal", "engraving"))
                .with("phone", "+1 208 555 0100").with("email", "hidden@sawtooth.example")
                .with("visibility", Map.of("email", false))
                .with("credentials", List.of(Map.of("credential", "gia-gg", "holder", "Ann Lee")))
                .create();
        meridian = Firms.named(NAMES.get(1)).at("5 Eagle Rd", "Meridian", "ID", "83642")
                .with("services", List.of("repair", "appraisal"))
                .with("credentials", List.of(Map.of("credential", "ja-cbj", "holder", "Bo Park", "expiresOn", "2020-01-31")))
                .create();
        nampa = Firms.named(NAMES.get(2)).at("9 Front St", "Nampa", "ID", "83651")
                .with("services", List.of("repair")).create();
        twinFalls = Firms.named(NAMES.get(3)).at("2 Falls Ave", "Twin Falls", "ID", "83301")
                .at("7 Park Ave", "Idaho Falls", "ID", "83402")
                .with("services", List.of("repair", "appraisal")).create();
        Firms.named(NAMES.get(4)).at("4 Canyon Rd", "Idaho Falls", "ID", "83402").create();
        Firms.named(NAMES.get(5)).at("8 River Rd", "Boise", "ID", "83702").with("kind", "supplier").create();
        lapsed = Firms.named("Lapsed Boise Jewelers").at("1 Gone St", "Boise", "ID", "83702").with("standing", "lapsed").create();
        optedOut = Firms.named("Quiet Boise Jewelers").at("1 Quiet St", "Boise", "ID", "83702").create();
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("optedOut", true))
                .patch("/api/v1/members/" + optedOut).then().statusCode(200);
        List<Map<String, Object>> weekdays = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            weekdays.add(Firms.hours(day, "09:00", "17:00"));
        }
        tallahassee = Firms.named("Capitol Jewelers").at("1 Monroe St", "Tallahassee", "FL", "32301", weekdays).create();
        pensacola = Firms.named("Gulf Breeze Jewelers").at("1 Palafox St", "Pensacola", "FL", "32501", weekdays).create();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static ValidatableResponse search(Object... parameters) {
        var request = given();
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.get("/api/v1/members").then();
    }

    @Test
    void zipAndRadiusFindNearbyFirmsNearestFirstWithTheirDistance() {
        var near = search("zip", "83702", "radius", "20").statusCode(200)
                .body("total", equalTo(3))
                .header("X-Total-Count", "3")
                .body("unit", equalTo("mi"))
                .body("items[2].member.id", equalTo(meridian))
                .extract();
        assertTrue(near.<List<String>>path("items.member.id").contains(boise));
        assertEquals(0.0, near.<Number>path("items[0].distance").doubleValue(), 0.01);
        assertEquals(14.3, near.<Number>path("items[2].distance").doubleValue(), 0.3);
        search("zip", "83702", "radius", "30").body("items.member.id", hasItem(nampa)).body("total", equalTo(4));
        var metric = search("zip", "83702", "radius", "30", "unit", "km").body("total", equalTo(3))
                .body("unit", equalTo("km")).extract();
        assertEquals(23.1, metric.<Number>path("items[2].distance").doubleValue(), 0.5);
    }

    @Test
    void aPointAndRadiusWorkLikeAZip() {
        search("lat", "43.665484", "lng", "-116.14435", "radius", "20").statusCode(200).body("total", equalTo(3));
    }

    @Test
    void theMatchingLocationIsTheNearestOne() {
        search("zip", "83402", "radius", "10", "service", "appraisal").statusCode(200)
                .body("items.member.id", contains(twinFalls))
                .body("items[0].location.city", equalTo("Idaho Falls"));
    }

    @Test
    void everyServiceAsked() {
        search("zip", "83702", "radius", "30", "service", "repair", "service", "appraisal").statusCode(200)
                .body("items.member.id", containsInAnyOrder(boise, meridian));
        search("zip", "83702", "radius", "30", "service", "repair").body("total", equalTo(3));
    }

    @Test
    void aFirmsChangedServicesAreWhatTheSearchFiltersAndCounts() {
        String firm = Firms.named("Changeable Services Jewelers").at("1 Swap St", "Helena", "MT", "59601")
                .with("services", List.of("repair", "appraisal")).create();
        search("zip", "59601", "radius", "1", "service", "repair").body("items.member.id", contains(firm))
                .body("facets.services", equalTo(Map.of("repair", 1, "appraisal", 1)));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("services", List.of("engraving", "appraisal", "pearl-stringing")))
                .patch("/api/v1/members/" + firm).then().statusCode(200);
        search("zip", "59601", "radius", "1", "service", "repair").body("total", equalTo(0));
        search("zip", "59601", "radius", "1", "service", "engraving", "service", "pearl-stringing")
                .body("items.member.id", contains(firm))
                .body("facets.services", equalTo(Map.of("engraving", 1, "appraisal", 1, "pearl-stringing", 1)));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("services", List.of()))
                .patch("/api/v1/members/" + firm).then().statusCode(200);
        search("zip", "59601", "radius", "1").body("items.member.id", contains(firm))
                .body("facets.services", equalTo(Map.of()));
    }

    @Test
    void facetsCountTheWholeResult() {
        search("state", "ID", "size", "1").statusCode(200)
                .body("total", equalTo(6))
                .body("items.size()", equalTo(1))
                .body("facets.states.ID", equalTo(6))
                .body("facets.services.repair", equalTo(4))
                .body("facets.services.appraisal", equalTo(3))
                .body("facets.services.engraving", equalTo(1));
    }

    @Test
    void everyKindByDefaultAndAnyOfTheKindsAsked() {
        search("state", "ID").statusCode(200).body("total", equalTo(6))
                .body("facets.kinds.retailer", equalTo(5))
                .body("facets.kinds.supplier", equalTo(1))
                .body("facets.kinds", not(org.hamcrest.Matchers.hasKey("manufacturer")));
        search("state", "ID", "kind", "supplier").statusCode(200)
                .body("items.member.name", contains(NAMES.get(5)))
                .body("items.member.kind", contains("supplier"))
                .body("facets.kinds", equalTo(Map.of("supplier", 1)));
        search("state", "ID", "kind", "retailer").body("total", equalTo(5))
                .body("items.member.kind", everyItem(equalTo("retailer")));
        search("state", "ID", "kind", "retailer", "kind", "supplier").body("total", equalTo(6));
        search("state", "ID", "kind", "manufacturer", "kind", "service-provider").body("total", equalTo(0))
                .body("facets.kinds", equalTo(Map.of()));
    }

    @Test
    void onlyCurrentCredentialsCount() {
        search("state", "ID", "credential", "gia-gg").body("items.member.id", contains(boise));
        search("state", "ID", "credential", "ja-cbj").body("total", equalTo(0));
        given().get("/api/v1/members/" + meridian).then().body("credentials", org.hamcrest.Matchers.empty());
    }

    @Test
    void onlyFirmsInGoodStandingThatHaveNotOptedOutAreListed() {
        search("city", "Boise").statusCode(200).body("items.member.id", not(hasItem(lapsed)))
                .body("items.member.id", not(hasItem(optedOut)))
                .body("items.member.goodStanding", everyItem(equalTo(true)));
        given().get("/api/v1/members/" + lapsed).then().statusCode(404);
        given().get("/api/v1/members/" + optedOut).then().statusCode(404);
        given().auth().oauth2(Tokens.staff()).get("/api/v1/members/" + lapsed).then().statusCode(200)
                .body("standing", equalTo("lapsed"));
    }

    @Test
    void suspendingAndReinstatingAFirmTakesItOutOfTheListingAndBack() {
        String firm = Firms.named("Suspense Jewelers").at("3 Hold St", "Missoula", "MT", "59801").create();
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("standing", "suspended", "reason", "audit"))
                .post("/api/v1/members/" + firm + "/standing").then().statusCode(200).body("goodStanding", equalTo(false));
        search("q", "Suspense Jewelers").body("items.member.id", not(hasItem(firm)));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("standing", "active"))
                .post("/api/v1/members/" + firm + "/standing").then().statusCode(200);
        search("q", "Suspense Jewelers").body("items.member.id", hasItem(firm));
    }

    @Test
    void aRenamedFirmIsFoundByItsNewNameOnly() {
        String firm = Firms.named("Quillback Jewelers").at("4 Old Rd", "Missoula", "MT", "59801").create();
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("name", "Marbleton Gem Works"))
                .patch("/api/v1/members/" + firm).then().statusCode(200);
        search("q", "Marbleton Gem Works").body("items.member.id", hasItem(firm));
        search("q", "marbletn gem works").body("items.member.id", hasItem(firm));
        search("q", "Quillback Jewelers").body("items.member.id", not(hasItem(firm)));
    }

    @Test
    void hiddenContactFieldsNeverAppear() {
        search("zip", "83702", "radius", "1", "q", "Sawtooth").statusCode(200)
                .body("items[0].member.phone", equalTo("+1 208 555 0100"))
                .body("items[0].member", not(org.hamcrest.Matchers.hasKey("email")));
        given().get("/api/v1/members/" + boise).then().body("$", not(org.hamcrest.Matchers.hasKey("email")));
    }

    @Test
    void oneWrongMissingOrExtraLetterStillFindsTheFirm() {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        for (int trial = 0; trial < 24; trial++) {
            String name = NAMES.get(random.nextInt(NAMES.size()));
            String misspelled = Typos.oneEdit(name, random);
            List<String> found = search("q", misspelled, "size", "100").statusCode(200).extract().path("items.member.name");
            assertTrue(found.contains(name), "seed " + seed + ": '" + misspelled + "' should find " + name + ", found " + found);
        }
    }

    @Test
    void aCityWithOneWrongMissingOrExtraLetterStillFindsItsFirms() {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        for (int trial = 0; trial < 12; trial++) {
            String city = List.of("Boise", "Meridian", "Nampa", "Twin Falls", "Tallahassee", "Pensacola")
                    .get(random.nextInt(6));
            String misspelled = Typos.oneEdit(city, random);
            List<String> found = search("q", misspelled, "size", "100").statusCode(200).extract().path("items.location.city");
            assertTrue(found.contains(city), "seed " + seed + ": '" + misspelled + "' should find firms in " + city
                    + ", found " + found);
        }
    }

    @Test
    void sortByNameAndByRelevance() {
        List<String> names = search("state", "ID", "sort", "name").statusCode(200).extract().path("items.member.name");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, names);
        search("q", "Payette River Jewelers", "sort", "relevance").statusCode(200)
                .body("items[0].member.id", equalTo(nampa));
    }

    @Test
    void pagesAreStableAndBounded() {
        List<String> all = search("state", "ID", "sort", "name", "size", "100").extract().path("items.member.id");
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(search("state", "ID", "sort", "name", "size", "2", "page", String.valueOf(page))
                    .body("page", equalTo(page)).body("size", equalTo(2)).extract().path("items.member.id"));
        }
        assertEquals(all, paged);
        problem(search("size", "101"), "size");
        problem(search("size", "100", "page", "10"), "page");
        problem(search("size", "0"), "size");
    }

    @Test
    void openNowInEachLocationsOwnTimeZone() {
        // A Wednesday, 9:30 in Tallahassee (New York time) and 8:30 in Pensacola (Chicago time).
        clock.fix(Instant.parse("2026-11-25T14:30:00Z"));
        search("state", "FL", "openNow", "true").statusCode(200).body("items.member.id", contains(tallahassee));
        // 16:30 in Tallahassee, 15:30 in Pensacola: both open.
        clock.fix(Instant.parse("2026-11-25T21:30:00Z"));
        search("state", "FL", "openNow", "true").body("items.member.id", containsInAnyOrder(tallahassee, pensacola));
        // 17:30 in Tallahassee, 16:30 in Pensacola.
        clock.fix(Instant.parse("2026-11-25T22:30:00Z"));
        search("state", "FL", "openNow", "true").body("items.member.id", contains(pensacola));
        // A Saturday.
        clock.fix(Instant.parse("2026-11-28T16:00:00Z"));
        search("state", "FL", "openNow", "true").body("total", equalTo(0));
    }

    /**
     * The search sends on the listing JSON its statement wrote, where the member page writes the Listing record: the
     * two must agree to the member, nulls included (a credential without expiry shows it as null, hidden contact
     * fields are absent).
     */
    @Test
    void eachHitIsTheListingItsMemberPageShows() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String state : List.of("ID", "FL")) {
            JsonNode hits = json.readTree(search("state", state, "size", "50").statusCode(200).extract().asString())
                    .get("items");
            assertTrue(hits.size() >= 2);
            for (JsonNode hit : hits) {
                JsonNode page = json.readTree(given().get("/api/v1/members/" + hit.get("member").get("id").asText())
                        .then().statusCode(200).extract().asString());
                assertEquals(page, hit.get("member"));
                JsonNode location = null;
                for (JsonNode candidate : page.get("locations")) {
                    if (candidate.get("id").equals(hit.get("location").get("id"))) {
                        location = candidate;
                    }
                }
                assertEquals(location, hit.get("location"));
            }
        }
        JsonNode sawtooth = json.readTree(given().get("/api/v1/members/" + boise).then().extract().asString());
        assertTrue(sawtooth.get("credentials").get(0).get("expiresOn").isNull());
        assertFalse(sawtooth.has("email"));
    }

    @Test
    void answersCarryAnETagAndA304WhenUnchanged() {
        String etag = search("state", "ID").statusCode(200).header("ETag", notNullValue())
                .header("Cache-Control", org.hamcrest.Matchers.containsString("max-age")).extract().header("ETag");
        given().header("If-None-Match", etag).queryParam("state", "ID").get("/api/v1/members").then().statusCode(304);
        String one = given().get("/api/v1/members/" + boise).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", one).get("/api/v1/members/" + boise).then().statusCode(304);
    }

    @Test
    void badParametersAreNamed() {
        problem(search("zip", "00000"), "zip");
        problem(search("zip", "1234"), "zip");
        problem(search("zip", "83702", "radius", "0"), "radius");
        problem(search("zip", "83702", "radius", "9000"), "radius");
        problem(search("zip", "83702", "radius", "far"), "radius");
        problem(search("radius", "10"), "radius");
        problem(search("zip", "83702", "lat", "43.6", "lng", "-116.2"), "zip");
        problem(search("lat", "43.6"), "lng");
        problem(search("lat", "91", "lng", "0"), "lat");
        problem(search("sort", "distance"), "sort");
        problem(search("sort", "relevance"), "sort");
        problem(search("sort", "price"), "sort");
        problem(search("service", "teleportation"), "service");
        problem(search("credential", "wizard"), "credential");
        problem(search("honor", "nobel"), "honor");
        problem(search("unit", "furlongs"), "unit");
        problem(search("hiring", "yes"), "hiring");
        problem(search("state", "Idaho"), "state");
        problem(search("kind", "retailer", "kind", "pawnshop"), "kind");
        problem(search("kind", "Retailer"), "kind");
    }

    @Test
    void theTaxonomyListsServicesAndCredentials() {
        given().get("/api/v1/services").then().statusCode(200)
                .body("services.code", hasItem("watch-repair"))
                .body("credentials.code", hasItem("gia-gg"))
                .header("ETag", notNullValue());
    }

    private static void problem(ValidatableResponse response, String parameter) {
        response.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/validation"))
                .body("errors.field", hasItem(parameter));
    }
}
