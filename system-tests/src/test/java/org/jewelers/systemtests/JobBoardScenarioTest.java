package org.jewelers.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The job board across three hops of events: the directory tells careers a firm joined; the firm posts a job in
 * careers; careers tells the directory, whose listing shows the firm hiring, and stops when the job closes.
 */
class JobBoardScenarioTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void aJobOpenedInCareersShowsOnTheDirectoryListingUntilItCloses() {
        String member = given().spec(RunningSystem.gateway()).auth().oauth2(RunningSystem.tokens().staff())
                .contentType(ContentType.JSON)
                .body(Map.of("number", "JA-700101", "name", "Job Board Scenario Jewelers", "kind", "retailer",
                        "locations", java.util.List.of(Map.of("address", "12 Higgins Avenue", "city", "Missoula",
                                "state", "MT", "zip", "59801"))))
                .post("/api/v1/members").then().statusCode(201).extract().path("id");
        String employer = RunningSystem.tokens().mint("hiring-manager", "member", member);
        Map<String, Object> job = Map.of("title", "Bench Jeweler", "area", "design-and-production",
                "employmentType", "full-time", "description", "Size, repair and set stones in our workshop.",
                "howToApply", "Send your portfolio to jobs@scenario.example", "zip", "59801",
                "validThrough", LocalDate.now().plusDays(30).toString());

        // Careers learns of the firm from the directory's events; until then it cannot vouch for the employer.
        String jobId = await().atMost(PATIENCE).until(() -> given().spec(RunningSystem.gateway())
                .auth().oauth2(employer).contentType(ContentType.JSON).body(job)
                .post("/api/v1/jobs").then().extract(), r -> r.statusCode() == 201).path("id");

        await().atMost(PATIENCE).untilAsserted(() -> given().spec(RunningSystem.gateway())
                .get("/api/v1/members/" + member).then().statusCode(200)
                .body("hiring", equalTo(true)).body("openPositions", equalTo(1)));

        given().spec(RunningSystem.gateway()).auth().oauth2(employer).contentType(ContentType.JSON)
                .body(Map.of("closeReason", "filled"))
                .patch("/api/v1/jobs/" + jobId).then().statusCode(200);
        await().atMost(PATIENCE).untilAsserted(() -> given().spec(RunningSystem.gateway())
                .get("/api/v1/members/" + member).then().statusCode(200)
                .body("hiring", equalTo(false)).body("openPositions", equalTo(0)));
    }
}
