package org.jewelers.competition.entry;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jewelers.web.Coded;

/**
 * Where an entry stands. Screening names match the entries topic's contract: {@code accepted} is screened eligible,
 * {@code rejected} screened ineligible.
 */
public enum EntryStatus implements Coded {
    DRAFT("draft"),
    SUBMITTED("submitted"),
    ACCEPTED("accepted"),
    REJECTED("rejected"),
    WITHDRAWN("withdrawn"),
    WINNER("winner"),
    FINALIST("finalist"),
    NOT_SELECTED("not-selected");

    private final String code;

    EntryStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }
}
