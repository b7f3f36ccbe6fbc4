package org.jewelers.competition.nomination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each eligibility rule of a self-nomination with a case on each side of it: the passing case is at the rule's
 * edge, the failing one just past it, everything else eligible.
 */
@QuarkusTest
class NominationEligibilityTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    private Nominees.Edition edition;
    private UUID activeFirm;

    @BeforeEach
    void edition() {
        edition = Nominees.open();
        activeFirm = Nominees.firm(firms);
        clock.fix(edition.duringWindow());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void underFortyOnTheCutoffDate() {
        submit(activeFirm, Map.of("dateOfBirth", edition.cutoff().minusYears(40).plusDays(1).toString()))
                .then().statusCode(200).body("eligibility.ageOnCutoff", equalTo(39));
        refused(submit(activeFirm, Map.of("dateOfBirth", edition.cutoff().minusYears(40).toString())),
                "dateOfBirth", "under-40-on-cutoff");
    }

    @Test
    void employerInGoodStanding() {
        submit(Nominees.firm(firms, "grace", "retailer", "Boise", "ID"), Map.of()).then().statusCode(200);
        refused(submit(Nominees.firm(firms, "lapsed", "retailer", "Boise", "ID"), Map.of()),
                "employerMemberId", "employer-in-good-standing");
    }

    @Test
    void employerBasedInTheUnitedStates() {
        submit(Nominees.firm(firms, "active", "supplier", "San Juan", "PR"), Map.of()).then().statusCode(200)
                .body("list", equalTo("suppliers"));
        refused(submit(Nominees.firm(firms, "active", "supplier", "Toronto", "ON"), Map.of()),
                "employerMemberId", "employer-us-based");
    }

    @Test
    void fullTime() {
        submit(activeFirm, Map.of("fullTime", true)).then().statusCode(200);
        refused(submit(activeFirm, Map.of("fullTime", false)), "fullTime", "full-time");
    }

    @Test
    void atLeastThreeYearsInTheIndustry() {
        submit(activeFirm, Map.of("yearsInIndustry", 3)).then().statusCode(200);
        refused(submit(activeFirm, Map.of("yearsInIndustry", 2)), "yearsInIndustry", "years-in-industry");
    }

    @Test
    void everyFailedRuleIsNamedAtOnce() {
        UUID abroad = Nominees.firm(firms, "suspended", "retailer", "Toronto", "ON");
        submit(abroad, Map.of("dateOfBirth", edition.cutoff().minusYears(45).toString(), "fullTime", false,
                "yearsInIndustry", 1)).then().statusCode(422)
                .body("type", equalTo("https://jewelers.example/problems/nomination-ineligible"))
                .body("errors.field", equalTo(List.of("dateOfBirth", "employerMemberId", "employerMemberId",
                        "fullTime", "yearsInIndustry")));
    }

    @Test
    void anUnknownFirmIsNotEligible() {
        submit(UUID.randomUUID(), Map.of("list", "retail")).then().statusCode(422)
                .body("errors.field", equalTo(List.of("employerMemberId", "employerMemberId")));
    }

    /** A self-nomination by a new entrant of {@code firm}, complete but for the given changes, submitted. */
    private Response submit(UUID firm, Map<String, Object> changes) {
        Nominees.Nominator self = Nominees.nominator(firm);
        Map<String, Object> body = Nominees.complete(edition, "self");
        body.putAll(changes);
        String id = Nominees.draft(self, body);
        return Nominees.submit(self.token(), id);
    }

    private static void refused(Response response, String field, String rule) {
        response.then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/nomination-ineligible"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", startsWith(rule + ": "));
    }

    @Test
    void aRefusedNominationStaysADraft() {
        Nominees.Nominator self = Nominees.nominator(activeFirm);
        Map<String, Object> body = Nominees.complete(edition, "self");
        body.put("yearsInIndustry", 1);
        String id = Nominees.draft(self, body);
        Nominees.submit(self.token(), id).then().statusCode(422);
        given().auth().oauth2(self.token()).get("/api/v1/nominations/" + id).then().body("status", equalTo("draft"));
        given().auth().oauth2(self.token()).contentType("application/json").body(Map.of("yearsInIndustry", 4))
                .patch("/api/v1/nominations/" + id).then().statusCode(200);
        Nominees.submit(self.token(), id).then().statusCode(200).body("status", equalTo("submitted"));
    }
}
