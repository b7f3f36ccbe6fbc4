package org.jewelers.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

/** What a newcomer finds after ./run.sh: demo content in every service, loaded through the APIs. */
class DemoContentScenarioTest {

    @Test
    void theCompetitionsHaveAnOpenCaseEditionAndA20Under40Edition() {
        given().spec(RunningSystem.gateway()).get("/api/v1/editions")
                .then().statusCode(200)
                .body("items.program", hasItems("case-awards", "20-under-40"))
                // Other scenarios open editions of their own in the same system: the demo's is the one closing June 28.
                .body("items.findAll { it.program == 'case-awards' && it.status == 'open' }.closes.local",
                        hasItem(org.hamcrest.Matchers.endsWith("-06-28T23:59:00")));
    }

    @Test
    void theCareersSectionHasPublishedArticlesAndOpenJobsAtMemberFirms() {
        given().spec(RunningSystem.gateway()).get("/api/v1/articles")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(3));
        given().spec(RunningSystem.gateway()).get("/api/v1/jobs")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(20));
        given().spec(RunningSystem.gateway()).queryParam("hiring", "true").get("/api/v1/members")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(1));
    }
}
