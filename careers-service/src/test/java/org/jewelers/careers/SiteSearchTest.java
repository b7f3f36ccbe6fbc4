package org.jewelers.careers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search over a constructed corpus: one made-up word placed in a title, a summary and bodies of every kind, so
 * that the ranking (title over summary over body) and the snippets are known in advance.
 */
@QuarkusTest
class SiteSearchTest {

    @Inject
    MemberFirms firms;

    private String word;
    private String article;
    private String job;
    private String profile;
    private String program;

    @BeforeEach
    void corpus() {
        word = madeUpWord();
        // Title (A) and body: the strongest match.
        Map<String, Object> a = ArticleWorkflowTest.article("The " + word + " method for ring sizing", ArticleWorkflowTest.uniqueTag());
        a.put("body", "Sizing with the " + word + " method keeps the shank round.\n\nIt takes practice.");
        article = ArticleWorkflowTest.create(a);
        ArticleWorkflowTest.publish(article);
        // A draft saying the word in its title never shows.
        ArticleWorkflowTest.create(ArticleWorkflowTest.article("Unpublished " + word + " notes", ArticleWorkflowTest.uniqueTag()));

        // Job description (B), in New York.
        UUID firm = DirectoryFirms.joined(firms, "Search Jewelers", "active");
        Map<String, Object> posting = JobRulesTest.job("Bench Jeweler", "10001", LocalDate.now().plusDays(30));
        posting.put("description", "Our shop sizes rings by the " + word + " method & polishes <by hand>.");
        job = JobRulesTest.post(Tokens.member("owner-1", firm.toString()), posting);
        Map<String, Object> closed = JobRulesTest.job("Closed " + word + " job", "10001", LocalDate.now().plusDays(30));
        String closedJob = JobRulesTest.post(Tokens.member("owner-1", firm.toString()), closed);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("closeReason", "filled"))
                .patch("/api/v1/jobs/" + closedJob).then().statusCode(200);

        // Profile education (C).
        String slug = word + "-sizer";
        Map<String, Object> p = new HashMap<>();
        p.put("slug", slug);
        p.put("area", "design-and-production");
        p.put("title", "Ring sizer");
        p.put("summary", "Sizes rings up and down for stores and trade shops.");
        p.put("tasks", List.of("Size rings"));
        p.put("skills", List.of("Soldering"));
        p.put("pathsIn", Map.of("education", "Learn the " + word + " method in a bench course.", "certifications", List.of()));
        p.put("salary", Map.of("minCents", 3000000, "maxCents", 6000000, "source", "BLS OEWS (51-9071)", "year", 2023));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(p).post("/api/v1/career-profiles")
                .then().statusCode(201);
        profile = "/api/v1/career-profiles/" + slug;

        // Program description (C), in Texas.
        Map<String, Object> g = new HashMap<>();
        g.put("name", "Ring Sizing Workshop");
        g.put("institution", "Paris Junior College");
        g.put("kind", "course");
        g.put("level", "Beginner");
        g.put("description", "Two days on the " + word + " method.");
        g.put("online", false);
        g.put("zip", "75460");
        g.put("areas", List.of("design-and-production"));
        program = "/api/v1/programs/" + given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(g)
                .post("/api/v1/programs").then().statusCode(201).extract().path("id");
    }

    @Test
    void hitsComeRankedAcrossKindsWithHighlightedSnippets() {
        String slug = given().auth().oauth2(Tokens.staff()).get("/api/v1/articles/" + article).then().extract().path("slug");
        given().queryParam("q", word).get("/api/v1/search").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.kind", contains("article", "job", "profile", "program"))
                .body("items.url", contains("/api/v1/articles/" + slug, "/api/v1/jobs/" + job, profile, program))
                .body("items[0].title", equalTo("The " + word + " method for ring sizing"))
                .body("items[0].snippet", containsString("Sizing with the <mark>" + word + "</mark> method"))
                // Only the highlighting is markup: the posting's own < and & arrive escaped.
                .body("items[1].snippet", containsString("sizes rings by the <mark>" + word + "</mark> method &amp; "
                        + "polishes &lt;by hand"))
                .body("items[2].snippet", containsString("Learn the <mark>" + word + "</mark> method"))
                .body("items[3].snippet", containsString("Paris Junior College: Two days on the <mark>" + word + "</mark> method"))
                .body("items[0].rank", org.hamcrest.Matchers.greaterThan(((Number) given().queryParam("q", word)
                        .get("/api/v1/search").path("items[1].rank")).floatValue()));
        // Web search syntax: a phrase, and an exclusion.
        given().queryParam("q", "\"" + word + " method\" -shank").get("/api/v1/search").then()
                .body("items.kind", contains("job", "profile", "program"));
    }

    @Test
    void filtersNarrowByKindAreaAndPlace() {
        given().queryParam("q", word).queryParam("kind", "program").get("/api/v1/search").then()
                .body("items.url", contains(program));
        given().queryParam("q", word).queryParam("kind", "story").get("/api/v1/search").then().body("total", equalTo(0));
        given().queryParam("q", word).queryParam("area", "retail-sales").get("/api/v1/search").then().body("total", equalTo(0));
        given().queryParam("q", word).queryParam("area", "design-and-production").get("/api/v1/search").then()
                .body("total", equalTo(4));
        given().queryParam("q", word).queryParam("state", "TX").get("/api/v1/search").then()
                .body("items.url", contains(program));
        given().queryParam("q", word).queryParam("zip", "10036").queryParam("radius", "5").get("/api/v1/search").then()
                .body("items.url", contains("/api/v1/jobs/" + job));
        given().queryParam("q", word).queryParam("size", 2).queryParam("page", 1).get("/api/v1/search").then()
                .body("total", equalTo(4)).body("items.kind", contains("profile", "program"));
        String etag = given().queryParam("q", word).get("/api/v1/search").then().extract().header("ETag");
        given().queryParam("q", word).header("If-None-Match", etag).get("/api/v1/search").then().statusCode(304);
    }

    @Test
    void badParametersAreNamed() {
        Map<String, String> bad = Map.of(
                "q", "q=",
                "kind", "q=ring&kind=poem",
                "state", "q=ring&state=Texas",
                "zip", "q=ring&zip=00000",
                "radius", "q=ring&radius=5",
                "size", "q=ring&size=101");
        bad.forEach((field, query) -> given().get("/api/v1/search?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains(field)));
        given().get("/api/v1/search?q=ring&state=TX&zip=75460").then().statusCode(400)
                .body("errors.field", contains("zip"));
        given().queryParam("q", "ring").get("/api/v1/search").then().statusCode(200)
                .body("items.snippet", not(org.hamcrest.Matchers.hasItem(containsString("<script"))));
    }

    /** Letters only, so the English parser keeps it one word and no stemmer rule applies to its ending. */
    private static String madeUpWord() {
        StringBuilder word = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            word.append((char) ('b' + Character.digit(c, 16)));
        }
        return word.append('x').toString();
    }
}
