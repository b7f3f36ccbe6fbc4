package org.jewelers.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A query parameter an operation does not take is refused and named, so a misspelled filter never widens a search. */
@QuarkusTest
class UnknownParametersTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aMisspelledFilterIsRefusedInsteadOfIgnored() {
        given().queryParam("state", "ID").queryParam("servce", "repair").get("/api/v1/members")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://jewelers.example/problems/validation"))
                .body("errors.field", containsInAnyOrder("servce"))
                .body("detail", containsString("servce"));
    }

    @Test
    void everyUnknownParameterIsNamedAndCaseCounts() {
        given().queryParam("State", "ID").queryParam("radious", "5").queryParam("zip", "83702")
                .get("/api/v1/members")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("State", "radious"));
    }

    @Test
    void thePartnerKeyAndCampaignTagsPass() {
        given().queryParam("key", "jk_anything").queryParam("utm_source", "partner").queryParam("utm_campaign", "fall")
                .queryParam("state", "ID").queryParam("kind", "retailer")
                .get("/api/v1/members").then().statusCode(200);
    }

    @Test
    void operationsWithoutQueryParametersRefuseAnyToo() {
        refused(given(), "/api/v1/services", "lang");
        refused(given(), "/api/v1/members/6f1c1c2e-8d7e-4d7a-9a40-5d2d1f0b9c11", "fields");
        given().queryParam("utm_medium", "email").get("/api/v1/services").then().statusCode(200);
    }

    @Test
    void pagedListsTakeTheirPagingAndNothingElse() {
        String firm = Firms.named("Parameter Checked Jewelers").at("1 Main St", "Springfield", "IL", "62701").create();
        given().auth().oauth2(Tokens.staff()).queryParam("page", 0).queryParam("size", 5)
                .get("/api/v1/members/" + firm + "/history").then().statusCode(200);
        refused(given().auth().oauth2(Tokens.staff()).queryParam("page", 0), "/api/v1/members/" + firm + "/history",
                "pageSize");
    }

    private static void refused(RequestSpecification request, String path, String parameter) {
        request.queryParam(parameter, "1").get(path)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://jewelers.example/problems/validation"))
                .body("errors.field", containsInAnyOrder(parameter));
    }
}
