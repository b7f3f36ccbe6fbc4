package org.jewelers.systemtests.fuzzing;

/** What a fuzzed request body is, valid or which way it is not. */
enum BodyKind {
    VALID,
    MISSING_REQUIRED,
    WRONG_TYPE,
    OUT_OF_BOUNDS,
    NULL_FIELD,
    EXTRA_FIELD,
    MALFORMED,
    WRONG_ROOT,
    EMPTY;

    /**
     * No service can take this body as a valid one, so it may be sent to a real object without changing it: the
     * fixture's objects stay as the other operations (and the authorization matrix) expect them.
     */
    boolean harmless() {
        return this == WRONG_TYPE || this == MALFORMED || this == WRONG_ROOT;
    }
}
