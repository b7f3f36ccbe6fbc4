package org.jewelers.competition.fee;

/** What a fee is paid for: a CASE entry or a 20 Under 40 nomination. */
public enum SubjectType {
    ENTRY("entry"),
    NOMINATION("nomination");

    private final String code;

    SubjectType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static SubjectType of(String code) {
        return code.equals("entry") ? ENTRY : NOMINATION;
    }
}
