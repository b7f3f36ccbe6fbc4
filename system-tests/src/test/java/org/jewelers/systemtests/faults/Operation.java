package org.jewelers.systemtests.faults;

import java.time.Duration;
import java.time.Instant;

/**
 * One client operation of the history, as Jepsen records it: invoked, then completed as ok (2xx), failed (4xx: the
 * system refused and changed nothing) or unknown (5xx, time-out or a broken connection: it may or may not have
 * taken effect).
 */
final class Operation {

    enum Kind { STANDING, JOB, SUBMIT, SCORE }

    enum Outcome { OK, FAILED, UNKNOWN }

    private final int id;
    private final String client;
    private final Kind kind;
    private final String target;
    private final String value;
    private final Instant invokedAt;
    private volatile Outcome outcome;
    private volatile String answer;
    private volatile Instant completedAt;

    Operation(int id, String client, Kind kind, String target, String value) {
        this.id = id;
        this.client = client;
        this.kind = kind;
        this.target = target;
        this.value = value;
        this.invokedAt = Instant.now();
    }

    void complete(Outcome outcome, String answer) {
        this.answer = answer;
        this.completedAt = Instant.now();
        this.outcome = outcome;
    }

    /** Written into the change itself (a reason, a title, an idempotency key) so that its effect can be found. */
    String tag() {
        return "op-" + id;
    }

    int id() {
        return id;
    }

    String client() {
        return client;
    }

    Kind kind() {
        return kind;
    }

    /** The object written: a member firm, an employer, an entry. */
    String target() {
        return target;
    }

    String value() {
        return value;
    }

    Instant invokedAt() {
        return invokedAt;
    }

    Outcome outcome() {
        return outcome;
    }

    boolean isComplete() {
        return outcome != null;
    }

    /** In flight at some moment of [from, to]. */
    boolean overlaps(Instant from, Instant to) {
        Instant end = completedAt == null ? Instant.MAX : completedAt;
        return !invokedAt.isAfter(to) && !end.isBefore(from);
    }

    Duration latency() {
        return Duration.between(invokedAt, completedAt);
    }

    @Override
    public String toString() {
        return tag() + " " + kind + " " + target + "=" + value + " by " + client + ": " + outcome + " (" + answer + ")";
    }
}
