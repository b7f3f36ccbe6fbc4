package org.jewelers.careers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The publishing workflow: what the public sees when, stable slugs, and the revision history. */
@QuarkusTest
class ArticleWorkflowTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aDraftIsNeverPublicAndPublishedContentIs() {
        String tag = uniqueTag();
        Map<String, Object> draft = article("Finding your first bench job", tag);
        String id = create(draft);
        String slug = given().auth().oauth2(Tokens.staff()).get("/api/v1/articles/" + id).then().statusCode(200)
                .body("state", equalTo("draft")).extract().path("slug");

        given().get("/api/v1/articles/" + slug).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/articles/" + id).then().statusCode(404);
        given().queryParam("tag", tag).get("/api/v1/articles").then().statusCode(200).body("total", equalTo(0));

        staff().post("/api/v1/articles/" + id + "/submit").then().statusCode(200).body("state", equalTo("in-review"));
        given().get("/api/v1/articles/" + slug).then().statusCode(404);

        staff().contentType(ContentType.JSON).post("/api/v1/articles/" + id + "/publish").then().statusCode(200)
                .body("state", equalTo("published")).body("publishAt", notNullValue());
        String etag = given().get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("title", equalTo("Finding your first bench job")).body("tags", contains(tag, "bench"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/articles/" + slug).then().statusCode(304);
        given().queryParam("tag", tag).get("/api/v1/articles").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].slug", equalTo(slug))
                .body("items[0].url", equalTo("/api/v1/articles/" + slug));

        staff().post("/api/v1/articles/" + id + "/archive").then().statusCode(200).body("state", equalTo("archived"));
        given().get("/api/v1/articles/" + slug).then().statusCode(404);
        given().queryParam("tag", tag).get("/api/v1/articles").then().body("total", equalTo(0));
        staff().contentType(ContentType.JSON).body(Map.of("title", "Back again")).patch("/api/v1/articles/" + id)
                .then().statusCode(409);
    }

    @Test
    void scheduledContentAppearsAtItsInstant() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.fix(now);
        String tag = uniqueTag();
        String id = create(article("Spring open house at the bench school", tag));
        staff().post("/api/v1/articles/" + id + "/submit").then().statusCode(200);
        Instant at = now.plus(Duration.ofHours(3));
        String slug = staff().contentType(ContentType.JSON).body(Map.of("publishAt", at.toString()))
                .post("/api/v1/articles/" + id + "/publish").then().statusCode(200)
                .body("state", equalTo("published")).body("publishAt", equalTo(at.toString()))
                .extract().path("slug");

        clock.fix(at.minusSeconds(1));
        given().get("/api/v1/articles/" + slug).then().statusCode(404);
        given().queryParam("tag", tag).get("/api/v1/articles").then().body("total", equalTo(0));
        // Staff see it coming.
        given().auth().oauth2(Tokens.staff()).get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("state", equalTo("published"));

        clock.fix(at);
        given().get("/api/v1/articles/" + slug).then().statusCode(200).body("slug", equalTo(slug));
        given().queryParam("tag", tag).get("/api/v1/articles").then().body("total", equalTo(1))
                .body("items[0].publishedAt", equalTo(at.toString()));
    }

    @Test
    void workflowMovesAreCheckedAndNamed() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.fix(now);
        String id = create(article("Appraisal basics", uniqueTag()));
        staff().contentType(ContentType.JSON).post("/api/v1/articles/" + id + "/publish").then().statusCode(409).contentType("application/problem+json");
        staff().post("/api/v1/articles/" + id + "/submit").then().statusCode(200);
        staff().post("/api/v1/articles/" + id + "/submit").then().statusCode(409);
        staff().contentType(ContentType.JSON).body(Map.of("publishAt", now.minusSeconds(60).toString()))
                .post("/api/v1/articles/" + id + "/publish").then().statusCode(400)
                .body("errors[0].field", equalTo("publishAt"));

        Map<String, Object> bad = article("Bad kind", uniqueTag());
        bad.put("area", "astrology");
        staff().contentType(ContentType.JSON).body(bad).post("/api/v1/articles").then().statusCode(400)
                .body("errors.field", contains("area"));
        bad = article("Bad slug", uniqueTag());
        bad.put("slug", "Not A Slug");
        staff().contentType(ContentType.JSON).body(bad).post("/api/v1/articles").then().statusCode(400)
                .body("errors.field", contains("slug"));
        bad = article("Bad tag", "Two Words");
        staff().contentType(ContentType.JSON).body(bad).post("/api/v1/articles").then().statusCode(400)
                .body("errors.field", contains("tags"));

        given().contentType(ContentType.JSON).body(article("Anonymous", uniqueTag())).post("/api/v1/articles")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.member("owner-1", UUID.randomUUID().toString())).contentType(ContentType.JSON)
                .body(article("Member", uniqueTag())).post("/api/v1/articles").then().statusCode(403);
        given().get("/api/v1/articles?kind=poem").then().statusCode(400).body("errors.field", contains("kind"));
        given().get("/api/v1/articles?size=101").then().statusCode(400);
        given().get("/api/v1/articles/" + UUID.randomUUID()).then().statusCode(404);
    }

    /** The Host header is whatever the caller sends: neither a 201's Location nor a redirect may take it up. */
    @Test
    void locationsStartWithThePublicBaseUrlWhateverTheHostHeader() {
        String foreign = "attacker.example";
        String tag = uniqueTag();
        Map<String, Object> request = article("Foreign hosts", tag);
        request.put("slug", tag + "-hosts");
        String created = staff().header("Host", foreign).contentType(ContentType.JSON).body(request)
                .post("/api/v1/articles").then().statusCode(201)
                .header("Location", not(containsString(foreign)))
                .extract().header("Location");
        String publicBase = ConfigProvider.getConfig().getValue("web.public-base-url", String.class);
        String id = given().auth().oauth2(Tokens.staff()).get("/api/v1/articles/" + tag + "-hosts").then()
                .statusCode(200).extract().path("id");
        assertEquals(publicBase + "/api/v1/articles/" + id, created);
        publish(id);
        staff().contentType(ContentType.JSON).body(Map.of("slug", tag + "-hosts-renamed"))
                .patch("/api/v1/articles/" + id).then().statusCode(200);

        given().header("Host", foreign).redirects().follow(false).get("/api/v1/articles/" + tag + "-hosts").then()
                .statusCode(301)
                .header("Location", not(containsString(foreign)))
                .header("Location", equalTo(publicBase + "/api/v1/articles/" + tag + "-hosts-renamed"));
    }

    @Test
    void aChangedSlugRedirectsFromTheOldOneAndStaysReserved() {
        String tag = uniqueTag();
        Map<String, Object> request = article("Gemology for beginners", tag);
        request.put("slug", tag + "-gemology");
        String id = create(request);
        publish(id);

        String renamed = tag + "-gemology-first-steps";
        staff().contentType(ContentType.JSON).body(Map.of("slug", renamed, "title", "Gemology: first steps"))
                .patch("/api/v1/articles/" + id).then().statusCode(200).body("slug", equalTo(renamed));

        given().redirects().follow(false).get("/api/v1/articles/" + tag + "-gemology").then().statusCode(301)
                .header("Location", endsWith("/api/v1/articles/" + renamed));
        given().get("/api/v1/articles/" + tag + "-gemology").then().statusCode(200).body("slug", equalTo(renamed));
        given().get("/api/v1/articles/" + renamed).then().statusCode(200).body("title", equalTo("Gemology: first steps"));

        // No other article may take the old slug: the redirect would change meaning under its readers.
        Map<String, Object> other = article("Someone else's gemology", tag);
        other.put("slug", tag + "-gemology");
        staff().contentType(ContentType.JSON).body(other).post("/api/v1/articles").then().statusCode(409);
        // A title that makes a slug some article has (or had) gets a numbered one instead.
        String second = create(article(tag + " Gemology", tag));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/articles/" + second).then()
                .body("slug", equalTo(tag + "-gemology-2"));

        // The article may go back to its old slug; then the newer one redirects.
        staff().contentType(ContentType.JSON).body(Map.of("slug", tag + "-gemology")).patch("/api/v1/articles/" + id)
                .then().statusCode(200);
        given().redirects().follow(false).get("/api/v1/articles/" + renamed).then().statusCode(301)
                .header("Location", endsWith("/api/v1/articles/" + tag + "-gemology"));
    }

    @Test
    void everyChangeIsInTheRevisionHistory() {
        String tag = uniqueTag();
        Map<String, Object> request = article("Working a trade show booth", tag);
        request.put("slug", tag + "-booth");
        String id = create(request);
        staff().contentType(ContentType.JSON).body(Map.of("slug", tag + "-trade-show", "tags", List.of(tag)))
                .patch("/api/v1/articles/" + id).then().statusCode(200);
        publish(id);

        given().auth().oauth2(Tokens.staff()).get("/api/v1/articles/" + id + "/revisions").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.action", contains("published", "submitted", "edited", "created"))
                .body("items.actor", contains("staff-1", "staff-1", "staff-1", "staff-1"))
                .body("items[0].changes.state.from", equalTo("in-review"))
                .body("items[0].changes.state.to", equalTo("published"))
                .body("items[2].changes.slug.from", equalTo(tag + "-booth"))
                .body("items[2].changes.slug.to", equalTo(tag + "-trade-show"))
                .body("items[2].changes.tags.to", contains(tag))
                .body("items[2].changes.title", nullValue())
                .body("items[3].changes.title.to", equalTo("Working a trade show booth"))
                .body("items[0].at", notNullValue());
        given().get("/api/v1/articles/" + id + "/revisions").then().statusCode(401);
    }

    @Test
    void theListFiltersByKindAndAreaAndPages() {
        String tag = uniqueTag();
        Map<String, Object> story = article("From sales floor to store manager", tag);
        story.put("kind", "story");
        story.put("area", "retail-sales");
        String storyId = create(story);
        publish(storyId);
        for (String title : List.of("CAD or wax? Choosing a path", "What a caster does all day")) {
            publish(create(article(title, tag)));
        }
        given().queryParam("tag", tag).queryParam("kind", "story").get("/api/v1/articles").then()
                .body("total", equalTo(1)).body("items[0].kind", equalTo("story"));
        given().queryParam("tag", tag).queryParam("area", "retail-sales").get("/api/v1/articles").then()
                .body("items.title", contains("From sales floor to store manager"));
        given().queryParam("tag", tag).queryParam("kind", "article").queryParam("size", 1).get("/api/v1/articles").then()
                .body("total", equalTo(2)).body("size", equalTo(1)).body("items", hasSize(1));
        given().queryParam("tag", tag).queryParam("page", 5).get("/api/v1/articles").then()
                .body("total", equalTo(3)).body("items", empty());
        given().queryParam("tag", "Bad Tag").get("/api/v1/articles").then().statusCode(400)
                .body("errors.field", contains("tag")).body("detail", containsString("1 field"));
    }

    static String uniqueTag() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> article(String title, String tag) {
        Map<String, Object> article = new HashMap<>();
        article.put("kind", "article");
        article.put("title", title);
        article.put("summary", "What the work is like and how people get started.");
        article.put("body", "Most bench jewelers start with sizing and polishing.\n\nSetting comes later.");
        article.put("area", "design-and-production");
        article.put("tags", List.of(tag, "bench"));
        return article;
    }

    static String create(Map<String, Object> article) {
        return staff().contentType(ContentType.JSON).body(article).post("/api/v1/articles").then().statusCode(201)
                .body("state", equalTo("draft")).extract().path("id");
    }

    static void publish(String id) {
        staff().post("/api/v1/articles/" + id + "/submit").then().statusCode(200);
        staff().contentType(ContentType.JSON).post("/api/v1/articles/" + id + "/publish").then().statusCode(200);
    }

    private static RequestSpecification staff() {
        return given().auth().oauth2(Tokens.staff());
    }
}
