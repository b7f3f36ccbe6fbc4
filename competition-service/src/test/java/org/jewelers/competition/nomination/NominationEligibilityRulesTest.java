package org.jewelers.competition.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.submission.Outcome;
import org.jewelers.memberfirms.MemberFirm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 20 Under 40's eligibility rules, decided from the declared facts and the employer, without a database. */
class NominationEligibilityRulesTest {

    private static final Instant AT = Instant.parse("2027-05-10T12:00:00Z");
    private static final LocalDate CUTOFF = LocalDate.parse("2027-12-31");
    private static final UUID EMPLOYER = UUID.randomUUID();
    private static final MemberFirm HARTWELL = firm("active", true, "Denver", "CO");

    @Test
    void aNomineeMeetingEveryRulePassesThemAllInOrder() {
        NominationEligibility.Evidence evidence = NominationEligibility.evaluate(nomination(), Optional.of(HARTWELL), AT);

        assertEquals(List.of("under-40-on-cutoff", "employer-in-good-standing", "employer-us-based", "full-time",
                "years-in-industry"), evidence.rules().stream().map(Outcome::rule).toList());
        assertTrue(evidence.rules().stream().allMatch(Outcome::passed));
        assertEquals(new NominationEligibility.Declared(LocalDate.parse("1994-05-17"), true, 6, true), evidence.declared());
        assertEquals(33, evidence.ageOnCutoff());
        assertEquals(CUTOFF, evidence.ageCutoff());
        assertEquals("colleague", evidence.nominatedBy());
        assertEquals("auth0|nominator", evidence.attestedBy());
        assertEquals(HARTWELL, evidence.employer());
    }

    @ParameterizedTest(name = "born {0}: {1} on the cut-off, eligible {2}")
    @CsvSource({"1988-01-01, 39, true", "1987-12-31, 40, false", "1987-12-30, 40, false", "2000-06-01, 27, true",
            "1960-01-01, 67, false"})
    void theNomineeIsUnderFortyOnTheEditionsCutOffDate(LocalDate born, int age, boolean eligible) {
        Nomination nomination = nomination();
        nomination.dateOfBirth = born;

        NominationEligibility.Evidence evidence = NominationEligibility.evaluate(nomination, Optional.of(HARTWELL), AT);

        assertEquals(age, evidence.ageOnCutoff());
        assertEquals(new Outcome("under-40-on-cutoff", "dateOfBirth", eligible, "born " + born + ", the nominee is "
                + age + " on the cut-off date 2027-12-31; the nominee must be under 40"), evidence.rules().get(0));
    }

    @Test
    void anUnknownEmployerFailsStandingAndIsNotKnownToBeInTheUnitedStates() {
        List<Outcome> rules = NominationEligibility.evaluate(nomination(), Optional.empty(), AT).rules();

        assertEquals(new Outcome("employer-in-good-standing", "employerMemberId", false,
                "member firm " + EMPLOYER + " is not a member of the association"), rules.get(1));
        assertEquals(new Outcome("employer-us-based", "employerMemberId", false,
                "an unknown firm is not known to be US-based"), rules.get(2));
    }

    @Test
    void aLapsedEmployerFailsStandingOnly() {
        List<Outcome> rules = NominationEligibility.evaluate(nomination(),
                Optional.of(firm("lapsed", false, "Denver", "CO")), AT).rules();

        assertEquals(new Outcome("employer-in-good-standing", "employerMemberId", false,
                "Hartwell Jewelers (JA-2002) is lapsed, not in good standing"), rules.get(1));
        assertTrue(rules.get(2).passed());
    }

    @ParameterizedTest(name = "based in {0}")
    @ValueSource(strings = {"CO", "NY", "DC", "PR", "GU", "VI"})
    void anEmployerInAStateTheDistrictOrATerritoryIsUsBased(String state) {
        Outcome usBased = NominationEligibility.evaluate(nomination(), Optional.of(firm("active", true, "Anytown",
                state)), AT).rules().get(2);

        assertEquals(new Outcome("employer-us-based", "employerMemberId", true,
                "Hartwell Jewelers is based in Anytown, " + state), usBased);
    }

    @Test
    void anEmployerAbroadOrWithoutAStateIsNotUsBased() {
        Outcome abroad = NominationEligibility.evaluate(nomination(), Optional.of(firm("active", true, "Toronto", "ON")),
                AT).rules().get(2);
        Outcome noState = NominationEligibility.evaluate(nomination(), Optional.of(firm("active", true, null, null)),
                AT).rules().get(2);

        assertEquals("Hartwell Jewelers is not based in the United States: Toronto, ON", abroad.detail());
        assertEquals(false, abroad.passed());
        assertEquals("Hartwell Jewelers is not based in the United States: no state", noState.detail());
        assertEquals(false, noState.passed());
    }

    @Test
    void theNomineeWorksFullTime() {
        Nomination nomination = nomination();
        nomination.fullTime = false;

        assertEquals(new Outcome("full-time", "fullTime", false, "declared not working full time"),
                NominationEligibility.evaluate(nomination, Optional.of(HARTWELL), AT).rules().get(3));
    }

    @ParameterizedTest(name = "{0} years: eligible {1}")
    @CsvSource({"0, false", "2, false", "3, true", "15, true"})
    void theNomineeHasAtLeastThreeYearsInTheIndustry(int years, boolean eligible) {
        Nomination nomination = nomination();
        nomination.yearsInIndustry = years;

        assertEquals(new Outcome("years-in-industry", "yearsInIndustry", eligible, "declared " + years
                        + " years in the industry; at least 3 are required"),
                NominationEligibility.evaluate(nomination, Optional.of(HARTWELL), AT).rules().get(4));
    }

    private static MemberFirm firm(String standing, boolean good, String city, String state) {
        return new MemberFirm(EMPLOYER, "JA-2002", "Hartwell Jewelers", "retailer", standing, good, false, city, state);
    }

    private static Nomination nomination() {
        Edition edition = new Edition();
        edition.id = UUID.randomUUID();
        edition.title = "20 Under 40, class of 2027";
        edition.ageCutoff = CUTOFF;
        Nomination nomination = new Nomination();
        nomination.id = UUID.randomUUID();
        nomination.edition = edition;
        nomination.nominatedBy = Nominator.COLLEAGUE;
        nomination.ownerSubject = "auth0|nominator";
        nomination.dateOfBirth = LocalDate.parse("1994-05-17");
        nomination.employerMemberId = EMPLOYER;
        nomination.fullTime = true;
        nomination.yearsInIndustry = 6;
        nomination.attested = true;
        return nomination;
    }
}
