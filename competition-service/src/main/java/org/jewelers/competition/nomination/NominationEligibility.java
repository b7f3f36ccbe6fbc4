package org.jewelers.competition.nomination;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jewelers.competition.submission.Outcome;
import org.jewelers.memberfirms.MemberFirm;
import org.jewelers.memberfirms.MemberFirms;

/**
 * 20 Under 40's eligibility rules, checked at submit from the declared facts and the member firms read model: the
 * nominee is under 40 on the edition's cut-off date, works full time for a US-based member firm in good standing,
 * and has at least 3 years in the industry. The outcome and the facts are kept with the nomination as evidence.
 */
@ApplicationScoped
public class NominationEligibility {

    static final int AGE_LIMIT = 40;
    static final int MIN_YEARS_IN_INDUSTRY = 3;

    /** The fifty states, the District of Columbia and the inhabited territories, as the directory writes them. */
    static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID",
            "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
            "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
            "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP");

    private final MemberFirms firms;

    NominationEligibility(MemberFirms firms) {
        this.firms = firms;
    }

    Evidence check(Nomination nomination, Instant at) {
        return evaluate(nomination, firms.find(nomination.employerMemberId), at);
    }

    /** The rules' outcomes from the declared facts and the employer as the read model knows it (empty: unknown). */
    static Evidence evaluate(Nomination nomination, Optional<MemberFirm> firm, Instant at) {
        List<Outcome> rules = new ArrayList<>();
        LocalDate cutoff = nomination.edition.ageCutoff;
        int age = Period.between(nomination.dateOfBirth, cutoff).getYears();
        rules.add(new Outcome("under-40-on-cutoff", "dateOfBirth", age < AGE_LIMIT,
                "born " + nomination.dateOfBirth + ", the nominee is " + age + " on the cut-off date " + cutoff
                        + "; the nominee must be under " + AGE_LIMIT));

        rules.add(Outcome.goodStanding("employer-in-good-standing", "employerMemberId", nomination.employerMemberId,
                firm));
        boolean usBased = firm.map(f -> f.state() != null && US_STATES.contains(f.state())).orElse(false);
        rules.add(new Outcome("employer-us-based", "employerMemberId", usBased,
                firm.map(f -> f.name() + (usBased ? " is based in " : " is not based in the United States: ")
                                + (f.city() == null ? "" : f.city() + ", ") + (f.state() == null ? "no state" : f.state()))
                        .orElse("an unknown firm is not known to be US-based")));

        rules.add(new Outcome("full-time", "fullTime", nomination.fullTime,
                nomination.fullTime ? "declared working full time" : "declared not working full time"));
        rules.add(new Outcome("years-in-industry", "yearsInIndustry",
                nomination.yearsInIndustry >= MIN_YEARS_IN_INDUSTRY, "declared " + nomination.yearsInIndustry
                + " years in the industry; at least " + MIN_YEARS_IN_INDUSTRY + " are required"));
        return new Evidence(at, nomination.nominatedBy.code(), nomination.ownerSubject,
                new Declared(nomination.dateOfBirth, nomination.fullTime, nomination.yearsInIndustry, nomination.attested),
                cutoff, age, nomination.employerMemberId, firm.orElse(null), rules);
    }

    /** The facts the nominator declared, with their attestation. */
    public record Declared(LocalDate dateOfBirth, boolean fullTime, int yearsInIndustry, boolean attested) {
    }

    /** What eligibility was decided on, and how. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Evidence(Instant checkedAt, String nominatedBy, String attestedBy, Declared declared,
                           LocalDate ageCutoff, int ageOnCutoff, UUID employerMemberId, MemberFirm employer,
                           List<Outcome> rules) {
    }
}
