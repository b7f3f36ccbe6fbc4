package org.jewelers.competition.problem;

import org.jewelers.web.problem.ProblemKind;

/**
 * The problem types only competition-service answers, beside the shared ones of the web library. Each rule has its
 * own, so that a client can tell a closed window from an ineligible entry without reading the text.
 */
public enum CompetitionProblem implements ProblemKind {
    WINDOW_NOT_OPEN("entry-window-not-open", 409, "The entry window has not opened"),
    WINDOW_CLOSED("entry-window-closed", 409, "The entry window is closed"),
    INELIGIBLE("entry-ineligible", 422, "The entry is not eligible"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency key reused for another request"),
    NOMINATION_INELIGIBLE("nomination-ineligible", 422, "The nominee is not eligible"),
    CONSENT_LINK_EXPIRED("consent-link-expired", 410, "The consent link has expired"),
    /** A standing quota of the entrant's: waiting does not help, deleting a draft or a file does. */
    QUOTA_EXCEEDED("quota-exceeded", 409, "Quota exceeded"),
    /** A limit per 24 hours: the request succeeds once the oldest counted one leaves the window (Retry-After). */
    DAILY_LIMIT_REACHED("daily-limit-reached", 429, "Daily limit reached"),
    CONFLICTS_AFTER_ENTRIES_SHOWN("conflicts-after-entries-shown", 409,
            "Ties are declared before entries are shown; recuse instead"),
    /**
     * An edition's change would take back what submitted entries or nominations were let in under (their ids in
     * entryIds or nominationIds).
     */
    SUBMISSIONS_STRANDED("edition-change-strands-submissions", 409, "The change would strand submissions"),
    /** An edition's close would move past entrants' extended deadlines (extensions names them). */
    EXTENSIONS_OVERTAKEN("close-past-extensions", 409, "The close would pass entrants' extended deadlines"),
    /** Rounds assign only the judges staff put on the edition's roster, where the system has their name and email. */
    JUDGE_NOT_ON_ROSTER("judge-not-on-roster", 409, "The judge is not on the edition's roster"),
    /** An honoree chosen outside their list's top places in the standings: staff say why, and it is kept. */
    HONOREE_OUTSIDE_STANDINGS("honoree-outside-standings", 422,
            "The nominee is outside the list's top places; a reason is needed"),
    /** A fix asked of a submission's owner after their own deadline (extensions included): they could not submit it. */
    FIX_PAST_DEADLINE("fix-past-owner-deadline", 409, "The owner's deadline has passed; a fix cannot be asked"),
    /** An unsubscribe link this service did not sign, or one altered since: nothing changes. */
    UNSUBSCRIBE_LINK_INVALID("unsubscribe-link-invalid", 400, "The unsubscribe link is not valid"),
    PAYMENT_REQUIRED("payment-required", 422, "The fee is neither paid nor waived"),
    IN_CHECKOUT("in-checkout", 409, "A draft is held by another checkout"),
    ALREADY_PAID("already-paid", 409, "The fee is already paid or waived"),
    PROMO_CODE_INVALID("promo-code-invalid", 422, "The promo code does not apply"),
    PROMO_CODE_USED_UP("promo-code-used-up", 409, "The promo code has no uses left"),
    CATEGORY_PAID("category-paid", 409, "The category of a paid entry is changed by staff only"),
    WEBHOOK_SIGNATURE_INVALID("webhook-signature-invalid", 400, "The webhook's signature does not verify"),
    PAYMENT_PROVIDER_UNAVAILABLE("payment-provider-unavailable", 503, "The payment provider did not answer"),
    /** A step of a piece's custody out of the journey's order (the piece's state in currentState). */
    CUSTODY_TRANSITION_REFUSED("custody-transition-refused", 409, "The piece's custody does not take that step now");

    private final Definition definition;

    CompetitionProblem(String slug, int status, String title) {
        this.definition = new Definition(slug, status, title);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
