package org.jewelers.competition.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.edition.Category;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.competition.submission.Outcome;
import org.jewelers.memberfirms.MemberFirm;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CASE Awards' eligibility rules, decided from the facts gathered at submit, without a database. */
class EligibilityRulesTest {

    private static final Instant AT = Instant.parse("2027-06-20T15:00:00Z");
    private static final UUID MEMBER = UUID.randomUUID();
    private static final MemberFirm GOOD = new MemberFirm(MEMBER, "JA-1001", "Feed Jewelers", "retailer", "active",
            true, false, "Portland", "OR");
    private static final Eligibility.Counts NONE_OTHER = new Eligibility.Counts(0, 0);

    @Test
    void anEntryOfAFirmInGoodStandingWithinItsCategorysBandAndPlacesPassesEveryRuleInOrder() {
        Eligibility.Evidence evidence = Eligibility.evaluate(entry("retailer-2001-5000", 450_000L), MEMBER,
                Optional.of(GOOD), NONE_OTHER, AT);

        assertEquals(List.of("member-in-good-standing", "category-enterable", "division-matches-firm-kind",
                "retail-value-in-band", "entries-per-firm", "entries-per-category"),
                evidence.rules().stream().map(Outcome::rule).toList());
        assertTrue(evidence.rules().stream().allMatch(Outcome::passed));
        assertEquals("Feed Jewelers (JA-1001) is active, in good standing", evidence.rules().get(0).detail());
        assertEquals(AT, evidence.checkedAt());
        assertEquals(GOOD, evidence.firm());
        assertEquals(0L, evidence.otherFirmEntries());
    }

    @Test
    void aTokenWithoutAFirmFailsStandingAndNoPlaceIsCounted() {
        Eligibility.Evidence evidence = Eligibility.evaluate(entry("retailer-2001-5000", 450_000L), null,
                Optional.empty(), null, AT);

        assertEquals(3, evidence.rules().size());
        assertEquals(new Outcome("member-in-good-standing", "memberId", false, "your account names no member firm"),
                evidence.rules().get(0));
        assertNull(evidence.otherFirmEntries());
        assertNull(evidence.otherFirmEntriesInCategory());
    }

    @Test
    void aFirmTheAssociationDoesNotKnowFailsStanding() {
        Outcome standing = Eligibility.evaluate(entry("retailer-2001-5000", 450_000L), MEMBER, Optional.empty(),
                NONE_OTHER, AT).rules().get(0);

        assertEquals(new Outcome("member-in-good-standing", "memberId", false,
                "member firm " + MEMBER + " is not a member of the association"), standing);
    }

    @Test
    void aLapsedFirmFailsStanding() {
        MemberFirm lapsed = new MemberFirm(MEMBER, "JA-1001", "Feed Jewelers", "retailer", "lapsed", false, false,
                "Portland", "OR");

        Outcome standing = Eligibility.evaluate(entry("retailer-2001-5000", 450_000L), MEMBER, Optional.of(lapsed),
                NONE_OTHER, AT).rules().get(0);

        assertEquals(new Outcome("member-in-good-standing", "memberId", false,
                "Feed Jewelers (JA-1001) is lapsed, not in good standing"), standing);
    }

    @ParameterizedTest(name = "{0} cents: in band {1}")
    @CsvSource({"200099, false", "200100, true", "350000, true", "500000, true", "500001, false", "0, false"})
    void theRetailValueMustBeInsideTheCategorysBandBothEndsIncluded(long cents, boolean inBand) {
        Outcome band = rule(Eligibility.evaluate(entry("retailer-2001-5000", cents), MEMBER, Optional.of(GOOD),
                NONE_OTHER, AT), "retail-value-in-band");

        assertEquals(inBand, band.passed());
        assertEquals("retailValueCents", band.field());
        assertTrue(band.detail().contains(inBand ? " is within the category's band of " : " is outside the category's band of "),
                band.detail());
    }

    @Test
    void aCategoryWithoutABandTakesAnyValue() {
        Outcome band = rule(Eligibility.evaluate(entry("open", 99_999_999L), MEMBER, Optional.of(GOOD), NONE_OTHER,
                AT), "retail-value-in-band");

        assertTrue(band.passed());
        assertTrue(band.detail().endsWith(" is within the category (it has no value band)"), band.detail());
    }

    @Test
    void anAwardIsNotEntered() {
        Outcome category = rule(Eligibility.evaluate(entry("best-in-show", 450_000L), MEMBER, Optional.of(GOOD),
                NONE_OTHER, AT), "category-enterable");

        assertEquals(new Outcome("category-enterable", "category", false, "Best in Show is awarded, not entered"),
                category);
    }

    @ParameterizedTest(name = "{0} others in the edition, {1} in the category: {2} and {3}")
    @CsvSource({"0, 0, true, true", "3, 0, true, true", "4, 0, false, true", "3, 1, true, false",
            "9, 2, false, false"})
    void aFirmEntersAtMostFourPiecesAndOnePerCategory(long inEdition, long inCategory, boolean firmPasses,
                                                       boolean categoryPasses) {
        Eligibility.Evidence evidence = Eligibility.evaluate(entry("retailer-2001-5000", 450_000L), MEMBER,
                Optional.of(GOOD), new Eligibility.Counts(inEdition, inCategory), AT);

        assertEquals(firmPasses, rule(evidence, "entries-per-firm").passed());
        assertEquals(categoryPasses, rule(evidence, "entries-per-category").passed());
        assertEquals(inEdition, evidence.otherFirmEntries());
        assertEquals(inCategory, evidence.otherFirmEntriesInCategory());
    }

    @Test
    void anIneligibleEntryIsRefusedWithEveryFailedRuleNamed() {
        Eligibility.Evidence evidence = Eligibility.evaluate(entry("best-in-show", 450_000L), MEMBER,
                Optional.empty(), new Eligibility.Counts(4, 0), AT);

        ProblemException refused = assertThrows(ProblemException.class,
                () -> Outcome.requireAllPassed(evidence.rules(), CompetitionProblem.INELIGIBLE));

        assertEquals(CompetitionProblem.INELIGIBLE, refused.type());
        assertEquals("3 eligibility rules are not met", refused.getMessage());
        assertEquals(List.of("memberId", "category", "editionId"),
                refused.errors().stream().map(Problem.FieldError::field).toList());
        assertTrue(refused.errors().get(2).message().startsWith("entries-per-firm: the firm has 4 other entries"));
    }

    @Test
    void anEntryFailingOneRuleIsRefusedInTheSingular() {
        Eligibility.Evidence evidence = Eligibility.evaluate(entry("retailer-2001-5000", 450_000L), MEMBER,
                Optional.of(GOOD), new Eligibility.Counts(0, 1), AT);

        assertEquals("1 eligibility rule is not met", assertThrows(ProblemException.class,
                () -> Outcome.requireAllPassed(evidence.rules(), CompetitionProblem.INELIGIBLE)).getMessage());
    }

    @ParameterizedTest(name = "a {0} in the {1} division: {2}")
    @CsvSource({"retailer, retailer, true", "retailer, supplier, false", "supplier, supplier, true",
            "supplier, retailer, false", "manufacturer, supplier, true", "manufacturer, retailer, false",
            "service-provider, retailer, false", "service-provider, supplier, false", "cooperative, retailer, false"})
    void theFirmsKindDecidesItsDivision(String kind, String division, boolean passes) {
        MemberFirm firm = new MemberFirm(MEMBER, "JA-1001", "Feed Jewelers", kind, "active", true, false, "Portland", "OR");

        Eligibility.Evidence evidence = Eligibility.evaluate(entry(division + "-2001-5000", 450_000L), MEMBER,
                Optional.of(firm), NONE_OTHER, AT);

        Outcome rule = rule(evidence, "division-matches-firm-kind");
        assertEquals(passes, rule.passed(), rule.detail());
        assertEquals("category", rule.field());
        assertTrue(rule.detail().startsWith("Feed Jewelers is a " + kind + ", "), rule.detail());
        assertTrue(rule.detail().endsWith(" is in the " + division + " division"), rule.detail());
        assertEquals(kind, evidence.firm().kind());
        assertEquals(division, evidence.division());
    }

    @Test
    void aSupplierInARetailerCategoryIsRefusedNamingTheRule() {
        MemberFirm supplier = new MemberFirm(MEMBER, "JA-1001", "Feed Casting", "supplier", "active", true, false,
                "Portland", "OR");
        Eligibility.Evidence evidence = Eligibility.evaluate(entry("retailer-2001-5000", 450_000L), MEMBER,
                Optional.of(supplier), NONE_OTHER, AT);

        ProblemException refused = assertThrows(ProblemException.class,
                () -> Outcome.requireAllPassed(evidence.rules(), CompetitionProblem.INELIGIBLE));

        assertEquals(List.of(new Problem.FieldError("category", "division-matches-firm-kind: Feed Casting is a "
                + "supplier, of the supplier division; Retailer, $2,001 to $5,000 is in the retailer division")),
                refused.errors());
    }

    @Test
    void aCategoryWithoutADivisionTakesEveryKind() {
        MemberFirm provider = new MemberFirm(MEMBER, "JA-1001", "Feed Appraisals", "service-provider", "active", true,
                false, "Portland", "OR");

        Eligibility.Evidence evidence = Eligibility.evaluate(entry("open", 450_000L), MEMBER, Optional.of(provider),
                NONE_OTHER, AT);

        assertTrue(evidence.rules().stream().noneMatch(r -> r.rule().equals("division-matches-firm-kind")));
        assertTrue(evidence.rules().stream().allMatch(Outcome::passed));
    }

    @Test
    void withoutAKnownFirmThereIsNoKindToMatchAndStandingRefusesAlready() {
        Eligibility.Evidence evidence = Eligibility.evaluate(entry("retailer-2001-5000", 450_000L), MEMBER,
                Optional.empty(), NONE_OTHER, AT);

        assertTrue(evidence.rules().stream().noneMatch(r -> r.rule().equals("division-matches-firm-kind")));
        assertEquals("retailer", evidence.division());
    }

    @Test
    void aCategoryStaffRemovedAfterTheDraftNamedItIsRefusedNotAnError() {
        Eligibility.Evidence evidence = Eligibility.evaluate(entry("gone", 450_000L), MEMBER, Optional.of(GOOD),
                NONE_OTHER, AT);

        assertEquals(List.of(new Outcome("member-in-good-standing", "memberId", true,
                        "Feed Jewelers (JA-1001) is active, in good standing"),
                new Outcome("category-enterable", "category", false, "the edition no longer has the category 'gone'")),
                evidence.rules());
    }

    private static Outcome rule(Eligibility.Evidence evidence, String rule) {
        return evidence.rules().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
    }

    private static Entry entry(String category, long retailValueCents) {
        Edition edition = new Edition();
        edition.id = UUID.randomUUID();
        edition.title = "CASE Awards 2027";
        edition.categories = List.of(
                new Category("retailer-2001-5000", "Retailer, $2,001 to $5,000", "retailer", 200_100L, 500_000L, true),
                new Category("supplier-2001-5000", "Supplier, $2,001 to $5,000", "supplier", 200_100L, 500_000L, true),
                new Category("open", "Open", null, null, null, true),
                new Category("best-in-show", "Best in Show", "award", null, null, false));
        Entry entry = new Entry();
        entry.id = UUID.randomUUID();
        entry.edition = edition;
        entry.category = category;
        entry.retailValueCents = retailValueCents;
        return entry;
    }
}
