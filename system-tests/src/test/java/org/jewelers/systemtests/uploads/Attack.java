package org.jewelers.systemtests.uploads;

import java.util.function.Supplier;

/**
 * One case of the corpus: what is sent where, and what a safe service answers.
 *
 * @param badFile true when the file must be refused: taking it in would be a bad file accepted; false when the
 *                file may be taken as long as what is stored is harmless ({@link #harmless})
 */
record Attack(String name, String target, boolean badFile, Supplier<Outcome> send) {

    static Attack refused(String name, String target, Supplier<Outcome> send) {
        return new Attack(name, target, true, send);
    }

    static Attack harmless(String name, String target, Supplier<Outcome> send) {
        return new Attack(name, target, false, send);
    }

    /**
     * What came of it.
     *
     * @param answer   the status and, for a problem, its type
     * @param accepted the service took the file
     * @param failure  why the outcome is not what a safe service does; null when it is
     */
    record Outcome(String answer, boolean accepted, String failure) {
    }
}
