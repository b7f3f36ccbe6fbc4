package org.jewelers.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Staff keep the member directory through the gateway; the public finds it through the gateway. */
class MemberDirectoryScenarioTest {

    private static final String NEW_MEMBER = """
            {"number": "JA-700001", "name": "Gateway Scenario Jewelers", "kind": "retailer",
             "locations": [{"address": "415 Water Street", "city": "Providence", "state": "RI", "zip": "02903"}]}
            """;

    @Test
    void staffAddAMemberThatEveryoneCanReadAndFind() {
        String location = given().spec(RunningSystem.gateway())
                .auth().oauth2(RunningSystem.tokens().staff())
                .contentType(ContentType.JSON).body(NEW_MEMBER)
                .post("/api/v1/members")
                .then().statusCode(201)
                .header("Location", startsWith(RunningSystem.gatewayUrl() + "/api/v1/members/"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().spec(RunningSystem.gateway()).get("/api/v1/members/" + id)
                .then().statusCode(200)
                .body("number", equalTo("JA-700001"))
                .body("name", equalTo("Gateway Scenario Jewelers"))
                .body("locations[0].city", equalTo("Providence"));

        // The search may be fed asynchronously (a read model); it has to catch up, not answer at once.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().spec(RunningSystem.gateway()).queryParam("q", "Gateway Scenario").get("/api/v1/members")
                        .then().statusCode(200)
                        .body("items.member.id", hasItem(id)));
    }

    @Test
    void onlyStaffMayAddMembers() {
        given().spec(RunningSystem.gateway())
                .contentType(ContentType.JSON).body(NEW_MEMBER.replace("JA-700001", "JA-700002"))
                .post("/api/v1/members")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theDemoMembersAreLoaded() {
        given().spec(RunningSystem.gateway()).get("/api/v1/members")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(300))
                .body("facets.states.size()", greaterThanOrEqualTo(35));
        given().spec(RunningSystem.gateway()).queryParam("zip", "10001").queryParam("radius", "50")
                .get("/api/v1/members")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1));
    }
}
