package org.jewelers.competition.notice;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of notice the competitions send. A reminder can be stopped by its recipient (one-click unsubscribe,
 * RFC 8058); a transactional notice tells someone of a decision about them and is always sent.
 */
public enum NoticeKind {
    RECEIPT("receipt", false),
    CONSENT_REQUEST("consent-request", false),
    NOMINATION_SUBMITTED("nomination-submitted", false),
    DRAFT_REMINDER("draft-reminder", true),
    SCREENING_OUTCOME("screening-outcome", false),
    FINALIST("finalist", false),
    RESULTS("results", false),
    CONSENT_REMINDER("consent-reminder", true),
    NOMINATOR_TOLD("nominator-told", false),
    JUDGE_INVITATION("judge-invitation", false),
    JUDGE_REMINDER("judge-reminder", true),
    BROADCAST("broadcast", true),
    CUSTODY_RECEIVED("custody-received", false),
    CUSTODY_RETURN_SHIPPED("custody-return-shipped", false);

    private final String code;
    private final boolean reminder;

    NoticeKind(String code, boolean reminder) {
        this.code = code;
        this.reminder = reminder;
    }

    /** The kind's name on the wire, in keys and in template names. */
    public String code() {
        return code;
    }

    public boolean reminder() {
        return reminder;
    }

    public static Optional<NoticeKind> of(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
