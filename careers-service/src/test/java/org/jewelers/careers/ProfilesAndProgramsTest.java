package org.jewelers.careers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Career areas with their profiles, the profiles themselves, and education programs: seeded, and written by staff. */
@QuarkusTest
class ProfilesAndProgramsTest {

    @Test
    void everyAreaListsItsProfilesAndLinksToProgramsAndJobs() {
        String etag = given().get("/api/v1/career-areas").then().statusCode(200)
                .body("total", equalTo(6))
                .body("items.profiles.flatten().size()", org.hamcrest.Matchers.greaterThanOrEqualTo(10))
                .body("items.find { it.slug == 'design-and-production' }.profiles.slug", hasItems("bench-jeweler", "cad-designer"))
                .body("items.find { it.slug == 'design-and-production' }.links.programs",
                        equalTo("/api/v1/programs?area=design-and-production"))
                .body("items.find { it.slug == 'retail-sales' }.links.jobs", equalTo("/api/v1/jobs?area=retail-sales"))
                .body("items.profiles", everyItem(not(org.hamcrest.Matchers.empty())))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/career-areas").then().statusCode(304);
    }

    @Test
    void aProfileTellsTheWorkThePathsInAndThePay() {
        given().get("/api/v1/career-profiles/bench-jeweler").then().statusCode(200)
                .body("title", equalTo("Bench jeweler"))
                .body("area", equalTo("design-and-production"))
                .body("tasks", hasItem("Set diamonds and colored stones"))
                .body("pathsIn.certifications", hasItems("JA Certified Bench Jeweler (CBJ)", "JA Certified Master Bench Jeweler (CMBJ)"))
                .body("salary.currency", equalTo("USD"))
                .body("salary.minCents", equalTo(3100000))
                .body("salary.source", org.hamcrest.Matchers.containsString("Bureau of Labor Statistics"))
                .body("salary.year", equalTo(2023))
                .body("related.slug", contains("cad-designer", "stone-setter"))
                .body("related[1].url", equalTo("/api/v1/career-profiles/stone-setter"));
        given().get("/api/v1/career-profiles/sales-associate").then()
                .body("pathsIn.certifications", hasItem("JA Certified Sales Associate (CSA)"));
        given().get("/api/v1/career-profiles/sourcing-compliance-manager").then()
                .body("pathsIn.certifications", hasItem("GIA Graduate Gemologist"));
        given().queryParam("area", "technology-and-e-commerce").get("/api/v1/career-profiles").then().statusCode(200)
                .body("items.slug", hasItems("e-commerce-manager", "data-analyst"))
                .body("items.area", everyItem(equalTo("technology-and-e-commerce")));
        given().get("/api/v1/career-profiles/astrologer").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void staffWriteProfiles() {
        String slug = "p" + UUID.randomUUID().toString().substring(0, 8) + "-engraver";
        Map<String, Object> profile = profile(slug);
        given().auth().oauth2(Tokens.member("owner-1", UUID.randomUUID().toString())).contentType(ContentType.JSON)
                .body(profile).post("/api/v1/career-profiles").then().statusCode(403);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(profile)
                .post("/api/v1/career-profiles").then().statusCode(201).body("slug", equalTo(slug))
                .body("related.slug", contains("bench-jeweler"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(profile)
                .post("/api/v1/career-profiles").then().statusCode(409);

        profile.put("title", "Hand engraver");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(profile)
                .put("/api/v1/career-profiles/" + slug).then().statusCode(200).body("title", equalTo("Hand engraver"));
        given().get("/api/v1/career-profiles/" + slug).then().body("title", equalTo("Hand engraver"));

        profile.put("related", List.of("astrologer"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(profile)
                .put("/api/v1/career-profiles/" + slug).then().statusCode(400).body("errors.field", contains("related"));
        profile.put("related", List.of());
        profile.put("salary", Map.of("minCents", 5000000, "maxCents", 4000000, "source", "BLS", "year", 2023));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(profile)
                .put("/api/v1/career-profiles/" + slug).then().statusCode(400).body("errors.field", contains("salary.maxCents"));
        profile.put("area", "astrology");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(profile)
                .put("/api/v1/career-profiles/" + slug).then().statusCode(400).body("errors[0].field", equalTo("area"));
    }

    @Test
    void programsFilterByAreaKindStateAndOnline() {
        given().queryParam("kind", "certificate").queryParam("state", "TX").get("/api/v1/programs").then().statusCode(200)
                .body("items.institution", hasItem("Paris Junior College"))
                .body("items.location.state", everyItem(equalTo("TX")));
        given().queryParam("online", "true").queryParam("size", 100).get("/api/v1/programs").then()
                .body("items.online", everyItem(equalTo(true)))
                .body("items.name", hasItems("JA Certified Sales Associate course", "Graduate Gemologist diploma"))
                .body("items.find { it.name == 'JA Certified Sales Associate course' }.location", nullValue())
                .body("items.find { it.name == 'Graduate Gemologist diploma' }.location.city", equalTo("Carlsbad"));
        given().queryParam("area", "responsible-sourcing").queryParam("size", 100).get("/api/v1/programs").then()
                .body("items.areas", everyItem(hasItem("responsible-sourcing")));
        given().queryParam("kind", "youth-class").get("/api/v1/programs").then()
                .body("items.kind", everyItem(equalTo("youth-class"))).body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().queryParam("kind", "camp").get("/api/v1/programs").then()
                .body("items[0].level", notNullValue());
        Map<String, String> bad = Map.of("kind", "kind=seminar", "state", "state=Texas", "online", "online=maybe",
                "area", "area=Retail Sales");
        bad.forEach((field, query) -> given().get("/api/v1/programs?" + query).then().statusCode(400)
                .body("errors.field", contains(field)));
    }

    @Test
    void staffWritePrograms() {
        Map<String, Object> program = new HashMap<>();
        program.put("name", "Wax Carving Weekend");
        program.put("institution", "Portland Bench Workshop");
        program.put("kind", "course");
        program.put("level", "Beginner");
        program.put("description", "Carve a ring in wax and see it cast in silver.");
        program.put("online", false);
        program.put("zip", "97204");
        program.put("areas", List.of("design-and-production"));
        String id = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(program)
                .post("/api/v1/programs").then().statusCode(201)
                .body("location.city", equalTo("Portland")).body("location.state", equalTo("OR"))
                .extract().path("id");
        program.put("online", true);
        program.remove("zip");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(program)
                .put("/api/v1/programs/" + id).then().statusCode(200)
                .body("online", equalTo(true)).body("location", nullValue());
        program.put("online", false);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(program)
                .put("/api/v1/programs/" + id).then().statusCode(400).body("errors.field", contains("zip"));
        program.put("zip", "97204");
        program.put("areas", List.of("astrology"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(program)
                .post("/api/v1/programs").then().statusCode(400).body("errors.field", contains("areas"));
        given().contentType(ContentType.JSON).body(program).post("/api/v1/programs").then().statusCode(401);
        given().get("/api/v1/programs/" + id).then().statusCode(200).body("name", equalTo("Wax Carving Weekend"));
    }

    private static Map<String, Object> profile(String slug) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("slug", slug);
        profile.put("area", "design-and-production");
        profile.put("title", "Engraver");
        profile.put("summary", "Cuts lettering and ornament into metal by hand or with a graver and microscope.");
        profile.put("tasks", List.of("Engrave names and dates", "Cut bright-cut ornament"));
        profile.put("skills", List.of("Graver sharpening", "Lettering"));
        profile.put("pathsIn", Map.of("education", "Apprenticeship with an engraver; short courses.",
                "certifications", List.of()));
        profile.put("salary", Map.of("minCents", 3000000, "maxCents", 6500000, "currency", "USD",
                "source", "U.S. Bureau of Labor Statistics, OEWS (51-9071), illustrative range", "year", 2023));
        profile.put("related", List.of("bench-jeweler"));
        return profile;
    }
}
