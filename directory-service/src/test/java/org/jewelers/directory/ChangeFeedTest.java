package org.jewelers.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The change feed by cursor: what each member change means to the public, and a replay that reads the same. */
@QuarkusTest
class ChangeFeedTest {

    @Test
    void eachChangeIsListedUpdatedOrUnlistedAndUnlistedCarriesNoContactFields() {
        String start = latestCursor();
        String id = Firms.named("Feed Jewelers").with("email", "hello@feed.example").with("phone", "+1 406 555 0100")
                .at("1 Feed St", "Missoula", "MT", "59801").create();
        String owner = Tokens.member("feed-owner", id);
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("description", "Since 1950"))
                .patch("/api/v1/members/" + id + "/listing").then().statusCode(200);
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("optedOut", true))
                .patch("/api/v1/members/" + id + "/listing").then().statusCode(200);
        // Changes to a firm nobody sees show nothing.
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("standing", "suspended"))
                .post("/api/v1/members/" + id + "/standing").then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("standing", "active"))
                .post("/api/v1/members/" + id + "/standing").then().statusCode(200);
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("optedOut", false))
                .patch("/api/v1/members/" + id + "/listing").then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("reason", "Retired"))
                .post("/api/v1/members/" + id + "/leave").then().statusCode(200);

        List<Map<String, Object>> changes = changesOf(id, start);
        assertEquals(List.of("member.listed", "member.updated", "member.unlisted", "member.listed", "member.unlisted"),
                changes.stream().map(c -> c.get("type")).toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> listed = (Map<String, Object>) changes.get(0).get("data");
        assertEquals("hello@feed.example", listed.get("email"));
        assertEquals("Feed Jewelers", listed.get("name"));
        @SuppressWarnings("unchecked")
        Map<String, Object> unlisted = (Map<String, Object>) changes.get(2).get("data");
        assertEquals(java.util.Set.of("id", "version"), unlisted.keySet());
        // The payload is exactly the public listing at that version.
        @SuppressWarnings("unchecked")
        Map<String, Object> updated = (Map<String, Object>) changes.get(1).get("data");
        assertEquals("Since 1950", updated.get("description"));
        assertTrue(((Number) updated.get("version")).longValue() > ((Number) listed.get("version")).longValue());
    }

    @Test
    void pagesReadTheSameSequenceAsOneReadAndEndWithMoreFalse() {
        String start = latestCursor();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(Firms.named("Paged Feed Jewelers " + i).at(i + " Page St", "Missoula", "MT", "59801").create());
        }
        List<Object> whole = given().auth().oauth2(Tokens.staff()).queryParam("after", start).queryParam("limit", 500)
                .get("/api/v1/members/changes").then().statusCode(200).extract().path("items.id");
        List<Object> paged = new ArrayList<>();
        String cursor = start;
        boolean more = true;
        while (more) {
            JsonPath page = given().auth().oauth2(Tokens.partner("p-admin", java.util.UUID.randomUUID().toString()))
                    .queryParam("after", cursor).queryParam("limit", 2)
                    .get("/api/v1/members/changes").then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items.id"));
            assertTrue(page.getList("items").size() <= 2);
            cursor = page.getString("next");
            more = page.getBoolean("more");
        }
        assertEquals(whole, paged);
        assertTrue(whole.size() >= 5);
        given().queryParam("after", cursor).get("/api/v1/members/changes").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("next", equalTo(cursor)).body("more", equalTo(false));
    }

    @Test
    void aPageHasAtMost500ChangesAndACursorIsANumber() {
        given().queryParam("limit", 501).get("/api/v1/members/changes").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("limit", 0).get("/api/v1/members/changes").then().statusCode(400);
        given().queryParam("after", "abc").get("/api/v1/members/changes").then().statusCode(400);
        given().queryParam("after", "1234567890123456789").get("/api/v1/members/changes").then().statusCode(400);
        given().queryParam("limit", 500).get("/api/v1/members/changes").then().statusCode(200);
    }

    /** The cursor of the newest change now. */
    static String latestCursor() {
        String cursor = "0";
        boolean more = true;
        while (more) {
            JsonPath page = given().queryParam("after", cursor).queryParam("limit", 500).get("/api/v1/members/changes")
                    .then().statusCode(200).extract().jsonPath();
            cursor = page.getString("next");
            more = page.getBoolean("more");
        }
        return cursor;
    }

    static List<Map<String, Object>> changesOf(String memberId, String after) {
        List<Map<String, Object>> items = given().queryParam("after", after).queryParam("limit", 500)
                .get("/api/v1/members/changes").then().statusCode(200).extract().path("items");
        assertFalse(items.isEmpty());
        return items.stream().filter(c -> memberId.equals(c.get("memberId"))).toList();
    }
}
