package org.jewelers.competition.judging;

import org.jewelers.competition.edition.Program;

/** What a round judges: CASE pieces, or 20 Under 40 nominees' dossiers; named by the assignment's attribute. */
public enum Judged {
    ENTRIES("entry"),
    DOSSIERS("dossier");

    /** The assignment's attribute holding it. */
    final String attribute;

    Judged(String attribute) {
        this.attribute = attribute;
    }

    public static Judged in(Round round) {
        return round.edition.program == Program.TWENTY_UNDER_FORTY ? DOSSIERS : ENTRIES;
    }
}
