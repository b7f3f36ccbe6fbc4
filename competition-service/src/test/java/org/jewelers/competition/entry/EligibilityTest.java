package org.jewelers.competition.entry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each eligibility rule, passing and failing, decided from data at submit and kept as evidence. */
@QuarkusTest
class EligibilityTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    private Fixtures.Edition edition;

    @BeforeEach
    void openEdition() {
        edition = Fixtures.openCase();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private String draft(String entrant, String category, long value) {
        clock.fix(edition.duringWindow());
        return Fixtures.draft(entrant, Fixtures.piece(edition, category, value));
    }

    private ValidatableResponse refused(String entrant, String entryId) {
        return Fixtures.submit(entrant, entryId).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/entry-ineligible"));
    }

    @Test
    void aFirmInGoodStandingMayEnterAndTheEvidenceIsKept() {
        UUID firm = Fixtures.firm(firms, "grace");
        String entrant = Fixtures.entrant(firm);
        String id = draft(entrant, "retailer-up-to-2000", 150_000);
        Fixtures.submit(entrant, id).then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/entries/" + id).then().statusCode(200)
                .body("memberId", equalTo(firm.toString()))
                .body("eligibility.firm.standing", equalTo("grace"))
                .body("eligibility.retailValueCents", equalTo(150_000))
                .body("eligibility.rules.rule", equalTo(List.of("member-in-good-standing", "category-enterable",
                        "division-matches-firm-kind", "retail-value-in-band", "entries-per-firm", "entries-per-category")))
                .body("eligibility.rules.passed", everyItem(equalTo(true)));
    }

    @Test
    void aFirmOutOfGoodStandingMayNot() {
        String entrant = Fixtures.entrant(Fixtures.firm(firms, "suspended"));
        refused(entrant, draft(entrant, "retailer-up-to-2000", 150_000))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("memberId"))
                .body("errors[0].message", startsWith("member-in-good-standing: "))
                .body("errors[0].message", containsString("suspended"));
    }

    @Test
    void anEntrantWithoutAMemberFirmMayNot() {
        String entrant = Fixtures.entrant(null);
        refused(entrant, draft(entrant, "retailer-up-to-2000", 150_000))
                .body("errors.message", hasItem(startsWith("member-in-good-standing: your account names no member firm")));
    }

    @Test
    void anEnterableCategoryPassesAndAnAwardIsNotEntered() {
        String entrant = Fixtures.entrant(Fixtures.firm(firms, "active"));
        Fixtures.submit(entrant, draft(entrant, "retailer-10001-50000", 2_000_000)).then().statusCode(200);
        refused(entrant, draft(entrant, "retailer-best-in-show", 150_000))
                .body("errors.message", hasItem(startsWith("category-enterable: ")));
    }

    @Test
    void theRetailValueMustBeInsideTheCategorysBand() {
        String entrant = Fixtures.entrant(Fixtures.firm(firms, "active"));
        // The band's upper bound is inside it.
        Fixtures.submit(entrant, draft(entrant, "retailer-up-to-2000", 200_000)).then().statusCode(200);
        refused(entrant, draft(entrant, "retailer-2001-5000", 200_000))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("retailValueCents"))
                .body("errors[0].message", containsString("$2,000.00 is outside the category's band of $2,001.00 to $5,000.00"));
    }

    @Test
    void aFirmEntersAtMostFourPieces() {
        // A manufacturer, in the four categories of its division.
        UUID firm = Fixtures.firm(firms, "active", "manufacturer");
        String[][] four = {{"supplier-up-to-2000", "150000"}, {"supplier-2001-5000", "300000"},
                {"supplier-5001-10000", "700000"}, {"supplier-10001-50000", "2000000"}};
        for (String[] piece : four) {
            // Different entrants of one firm: the limit is the firm's.
            String entrant = Fixtures.entrant(firm);
            Fixtures.submit(entrant, draft(entrant, piece[0], Long.parseLong(piece[1]))).then().statusCode(200);
        }
        String fifth = Fixtures.entrant(firm);
        // Its division has no fifth category: the other division's refuses the piece twice over.
        refused(fifth, draft(fifth, "retailer-5001-10000", 700_000))
                .body("errors", hasSize(2))
                .body("errors.field", equalTo(List.of("category", "editionId")))
                .body("errors[0].message", startsWith("division-matches-firm-kind: "))
                .body("errors[1].message", startsWith("entries-per-firm: the firm has 4 other entries"));
    }

    @Test
    void aFirmEntersOnePiecePerCategoryAndAWithdrawalFreesThePlace() {
        UUID firm = Fixtures.firm(firms, "active");
        String first = Fixtures.entrant(firm);
        String entered = draft(first, "retailer-up-to-2000", 150_000);
        Fixtures.submit(first, entered).then().statusCode(200);
        String second = Fixtures.entrant(firm);
        String again = draft(second, "retailer-up-to-2000", 100_000);
        refused(second, again)
                .body("errors", hasSize(1))
                .body("errors[0].message", startsWith("entries-per-category: "));

        given().auth().oauth2(first).contentType(ContentType.JSON).post("/api/v1/entries/" + entered + "/withdraw").then().statusCode(200);
        Fixtures.submit(second, again).then().statusCode(200);
    }

    @Test
    void anIneligibleSubmitIsRefusedWithEveryReason() {
        UUID firm = Fixtures.firm(firms, "lapsed");
        String entrant = Fixtures.entrant(firm);
        refused(entrant, draft(entrant, "retailer-best-in-show", 150_000))
                .body("errors.field", equalTo(List.of("memberId", "category")))
                .body("errors.message", hasItem(startsWith("member-in-good-standing: ")))
                .body("errors.message", hasItem(startsWith("category-enterable: ")))
                .body("detail", equalTo("2 eligibility rules are not met"));
        String banded = draft(entrant, "retailer-up-to-2000", 900_000);
        refused(entrant, banded).body("errors.field", equalTo(List.of("memberId", "retailValueCents")));
    }

    @Test
    void aSuppliersEntryInARetailerCategoryIsRefusedByItsDivision() {
        UUID firm = Fixtures.firm(firms, "active", "supplier");
        String entrant = Fixtures.entrant(firm);
        String id = draft(entrant, "retailer-up-to-2000", 150_000);
        refused(entrant, id)
                .body("detail", equalTo("1 eligibility rule is not met"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("category"))
                .body("errors[0].message", startsWith("division-matches-firm-kind: "))
                .body("errors[0].message", containsString(" is a supplier, of the supplier division; "))
                .body("errors[0].message", endsWith(" is in the retailer division"));
        given().auth().oauth2(entrant).get("/api/v1/entries/" + id).then().body("status", equalTo("draft"));
    }

    @Test
    void aManufacturerEntersTheSupplierDivisionAndTheKindIsKeptAsEvidence() {
        UUID firm = Fixtures.firm(firms, "active", "manufacturer");
        String entrant = Fixtures.entrant(firm);
        String id = draft(entrant, "supplier-2001-5000", 300_000);
        Fixtures.submit(entrant, id).then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/entries/" + id).then().statusCode(200)
                .body("eligibility.firm.kind", equalTo("manufacturer"))
                .body("eligibility.division", equalTo("supplier"))
                .body("eligibility.rules.find { it.rule == 'division-matches-firm-kind' }.passed", equalTo(true))
                .body("eligibility.rules.find { it.rule == 'division-matches-firm-kind' }.detail",
                        containsString(" is a manufacturer, of the supplier division; "));
    }

    @Test
    void aServiceProviderEntersNeitherDivision() {
        String entrant = Fixtures.entrant(Fixtures.firm(firms, "active", "service-provider"));
        for (String category : List.of("retailer-up-to-2000", "supplier-up-to-2000")) {
            refused(entrant, draft(entrant, category, 150_000))
                    .body("errors", hasSize(1))
                    .body("errors[0].message", startsWith("division-matches-firm-kind: "))
                    .body("errors[0].message", containsString(" is a service-provider, which enters no division; "));
        }
    }
}
