package org.jewelers.competition.submission;

import java.time.Instant;

/** A submission as staff screen it (an entry, a nomination), in statuses of its own kind {@code S}. */
public interface Screenable<S> {

    /** Its status and the reason in force, and whose window in which edition a fix is asked in. */
    Screening.Standing<S> standing();

    /**
     * Takes staff's decision, made {@code at}. A submission returned for a fix ({@code returned}) is its owner's
     * draft again and forgets what its earlier submit left, so that submitting it again is a submit like the first.
     */
    void screened(S status, String reason, Instant at, boolean returned);

    /** The decision now in force, as its notice tells the owner. */
    ScreeningNotices.Screened notice();
}
