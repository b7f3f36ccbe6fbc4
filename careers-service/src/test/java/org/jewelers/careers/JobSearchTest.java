package org.jewelers.careers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The public side of the job board: search, one posting, and its schema.org JobPosting. */
@QuarkusTest
class JobSearchTest {

    private static final LocalDate IN_A_MONTH = LocalDate.now().plusDays(30);

    @Inject
    MemberFirms firms;

    /**
     * Careers pages paste the JSON-LD into a script element as it comes: no string in it may close that element
     * (or open a comment), nor break the line in older JavaScript parsers.
     */
    @Test
    void jsonLdCannotEndTheScriptElementItIsEmbeddedIn() {
        String employer = "Vance & <Sons>";
        String title = "</script><script>alert(1)</script>\u2028\u2029<!--";
        UUID firm = DirectoryFirms.joined(firms, employer, "active");
        String id = JobRulesTest.post(Tokens.member("owner-1", firm.toString()),
                JobRulesTest.job(title, "60601", IN_A_MONTH));

        String body = given().accept("application/ld+json").get("/api/v1/jobs/" + id).then().statusCode(200)
                .contentType("application/ld+json")
                .body("title", equalTo(title))
                .body("hiringOrganization.name", equalTo(employer))
                .body("description", startsWith("<p>"))
                .extract().asString();
        for (String unsafe : List.of("<", ">", "&", "\u2028", "\u2029")) {
            assertFalse(body.contains(unsafe), String.format("the JSON-LD holds U+%04X unescaped: %s", unsafe.codePointAt(0), body));
        }
        assertTrue(body.toLowerCase(Locale.ROOT).contains("\\u003c/script\\u003e\\u003cscript\\u003e"), body);
    }

    @Test
    void aPostingOffersJsonLdWithEveryPropertyGoogleRequires() {
        UUID firm = DirectoryFirms.joined(firms, "Hartwell & Daughters", "active");
        Map<String, Object> posting = JobRulesTest.job("CAD Designer", "60601", IN_A_MONTH);
        posting.put("employmentType", "part-time");
        posting.put("description", "Model rings in Matrix & RhinoGold.\nPrint <resin> masters.");
        String id = JobRulesTest.post(Tokens.member("owner-1", firm.toString()), posting);

        given().accept("application/ld+json").get("/api/v1/jobs/" + id).then().statusCode(200)
                .contentType("application/ld+json")
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@type'", equalTo("JobPosting"))
                .body("title", equalTo("CAD Designer"))
                .body("description", equalTo("<p>Model rings in Matrix &amp; RhinoGold.<br>Print &lt;resin&gt; masters.</p>"
                        + "<p>How to apply: Send your portfolio to jobs@example.com</p>"))
                .body("datePosted", notNullValue())
                .body("validThrough", startsWith(IN_A_MONTH + "T23:59:59-0"))
                .body("employmentType", equalTo("PART_TIME"))
                .body("hiringOrganization.'@type'", equalTo("Organization"))
                .body("hiringOrganization.name", equalTo("Hartwell & Daughters"))
                .body("jobLocation.'@type'", equalTo("Place"))
                .body("jobLocation.address.'@type'", equalTo("PostalAddress"))
                .body("jobLocation.address.addressLocality", equalTo("Chicago"))
                .body("jobLocation.address.addressRegion", equalTo("IL"))
                .body("jobLocation.address.postalCode", equalTo("60601"))
                .body("jobLocation.address.addressCountry", equalTo("US"))
                .body("identifier.value", equalTo(id));

        // Without asking for JSON-LD, the plain posting.
        given().get("/api/v1/jobs/" + id).then().statusCode(200).contentType(ContentType.JSON)
                .body("employerName", equalTo("Hartwell & Daughters"))
                .body("location.city", equalTo("Chicago"))
                .body("employmentType", equalTo("part-time"))
                .body("status", equalTo("open"));
    }

    @Test
    void radiusSearchFindsPostingsAroundAZipInMilesOrKilometers() {
        UUID firm = DirectoryFirms.joined(firms, "Radius Jewelers", "active");
        String owner = Tokens.member("owner-2", firm.toString());
        String manhattan = JobRulesTest.post(owner, JobRulesTest.job("Manhattan Bench Jeweler", "10001", IN_A_MONTH));
        String hoboken = JobRulesTest.post(owner, JobRulesTest.job("Hoboken Bench Jeweler", "07030", IN_A_MONTH));
        String philadelphia = JobRulesTest.post(owner, JobRulesTest.job("Philadelphia Bench Jeweler", "19103", IN_A_MONTH));
        JobRulesTest.post(owner, JobRulesTest.job("Chicago Bench Jeweler", "60601", IN_A_MONTH));

        given().queryParam("memberId", firm).queryParam("zip", "10001").queryParam("radius", "10")
                .get("/api/v1/jobs").then().statusCode(200)
                .body("total", equalTo(2))
                .body("unit", equalTo("mi"))
                .body("items.job.id", contains(manhattan, hoboken))
                .body("items[1].distance", greaterThan(1f))
                .body("items[1].distance", lessThan(6f));
        given().queryParam("memberId", firm).queryParam("zip", "10001").queryParam("radius", "100")
                .get("/api/v1/jobs").then()
                .body("items.job.id", contains(manhattan, hoboken, philadelphia));
        // 100 km is about 62 miles: Philadelphia (about 80 miles away) is out again.
        given().queryParam("memberId", firm).queryParam("zip", "10001").queryParam("radius", "100").queryParam("unit", "km")
                .get("/api/v1/jobs").then()
                .body("unit", equalTo("km"))
                .body("items.job.id", contains(manhattan, hoboken))
                .body("items[1].distance", greaterThan(2f));
        given().queryParam("memberId", firm).queryParam("sort", "title").queryParam("size", "2")
                .get("/api/v1/jobs").then()
                .body("total", equalTo(4)).body("size", equalTo(2))
                .body("items.job.title", contains("Chicago Bench Jeweler", "Hoboken Bench Jeweler"));
    }

    @Test
    void searchFiltersByTextAreaAndEmploymentTypeAndShowsOnlyOpenPostings() {
        UUID firm = DirectoryFirms.joined(firms, "Filter Jewelers", "active");
        String owner = Tokens.member("owner-3", firm.toString());
        Map<String, Object> sales = JobRulesTest.job("Bridal Sales Consultant", "80202", IN_A_MONTH);
        sales.put("area", "retail-sales");
        sales.put("employmentType", "part-time");
        sales.put("description", "Guide couples through engagement ring choices: diamonds, settings and budgets.");
        String salesJob = JobRulesTest.post(owner, sales);
        String bench = JobRulesTest.post(owner, JobRulesTest.job("Bench Jeweler", "80202", IN_A_MONTH));
        String filled = JobRulesTest.post(owner, JobRulesTest.job("Bench Jeweler Apprentice", "80202", IN_A_MONTH));
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("closeReason", "filled"))
                .patch("/api/v1/jobs/" + filled).then().statusCode(200);

        given().queryParam("memberId", firm).get("/api/v1/jobs").then()
                .body("total", equalTo(2)).body("items.job.id", hasItems(salesJob, bench));
        given().queryParam("memberId", firm).queryParam("q", "engagement diamonds").get("/api/v1/jobs").then()
                .body("items.job.id", contains(salesJob));
        given().queryParam("memberId", firm).queryParam("area", "retail-sales").get("/api/v1/jobs").then()
                .body("items.job.id", contains(salesJob));
        given().queryParam("memberId", firm).queryParam("employmentType", "full-time").get("/api/v1/jobs").then()
                .body("items.job.id", contains(bench));
        given().queryParam("memberId", firm).get("/api/v1/jobs").then()
                .body("items.job.status", everyItem(equalTo("open")));
    }

    @Test
    void badParametersAreNamedIn400s() {
        Map<String, String> bad = Map.of(
                "radius", "zip=10001&radius=far",
                "zip", "zip=123",
                "unit", "zip=10001&unit=ft",
                "size", "size=101",
                "page", "page=-1",
                "sort", "sort=distance",
                "employmentType", "employmentType=forever",
                "memberId", "memberId=firm-7");
        bad.forEach((field, query) -> given().get("/api/v1/jobs?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/validation"))
                .body("errors.field", contains(field)));
        given().get("/api/v1/jobs?zip=00000").then().statusCode(400).body("errors[0].message", containsString("not a known"));
        given().get("/api/v1/jobs/not-a-uuid").then().statusCode(400);
        given().get("/api/v1/jobs/" + UUID.randomUUID()).then().statusCode(404);

        UUID firm = DirectoryFirms.joined(firms, "Careless Jewelers", "active");
        String owner = Tokens.member("owner-4", firm.toString());
        Map<String, Map<String, Object>> badPostings = Map.of(
                "zip", with(JobRulesTest.job("Polisher", "00000", IN_A_MONTH), "zip", "00000"),
                "validThrough", JobRulesTest.job("Polisher", "10001", LocalDate.now().minusDays(3)),
                "area", with(JobRulesTest.job("Polisher", "10001", IN_A_MONTH), "area", "astrology"),
                "title", with(JobRulesTest.job("Polisher", "10001", IN_A_MONTH), "title", " "),
                "employmentType", with(JobRulesTest.job("Polisher", "10001", IN_A_MONTH), "employmentType", "forever"));
        badPostings.forEach((field, posting) -> given().auth().oauth2(owner).contentType(ContentType.JSON).body(posting)
                .post("/api/v1/jobs").then().statusCode(400).body("errors.field", contains(field)));
    }

    private static Map<String, Object> with(Map<String, Object> posting, String field, Object value) {
        posting.put(field, value);
        return posting;
    }
}
