package org.jewelers.competition.edition;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jewelers.web.Coded;

/** The association's two award programs. */
public enum Program implements Coded {
    CASE_AWARDS("case-awards", "CASE Awards (Jewelry Design Competition)"),
    TWENTY_UNDER_FORTY("20-under-40", "20 Under 40");

    private final String code;
    private final String title;

    Program(String code, String title) {
        this.code = code;
        this.title = title;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
