package org.jewelers.competition.nomination;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jewelers.web.Coded;

/**
 * Where a nomination stands. A colleague's nomination waits for the nominee's consent before it is submitted;
 * screening names match the entries': {@code accepted} is screened eligible, {@code rejected} screened ineligible.
 */
public enum NominationStatus implements Coded {
    DRAFT("draft"),
    AWAITING_CONSENT("awaiting-consent"),
    CONSENT_DECLINED("consent-declined"),
    SUBMITTED("submitted"),
    ACCEPTED("accepted"),
    REJECTED("rejected");

    private final String code;

    NominationStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }
}
