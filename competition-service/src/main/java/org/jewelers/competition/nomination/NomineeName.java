package org.jewelers.competition.nomination;

/**
 * A nominee's name goes into an email sent in the association's name ("Dear ..."), to an address the nominator
 * chose: it is one line of text. Control characters (line breaks, tabs, NUL, C1 controls), Unicode line and
 * paragraph separators and bidirectional overrides would let a nominator lay out, or disguise, text of their own
 * in that email; letters, marks and punctuation of any script stay allowed.
 */
final class NomineeName {

    static final String PATTERN = "[^\\p{Cc}\\p{Zl}\\p{Zp}\\u202A-\\u202E\\u2066-\\u2069]*";
    static final String MESSAGE = "must be one line without control characters (line breaks, tabs, NUL, "
            + "bidirectional overrides)";
    static final String DESCRIPTION = "One line: no control characters, line breaks or bidirectional overrides";

    private NomineeName() {
    }
}
