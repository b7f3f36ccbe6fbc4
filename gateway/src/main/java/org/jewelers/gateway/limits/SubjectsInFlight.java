package org.jewelers.gateway.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many requests each token subject has at this gateway process right now, held to a cap. Not shared between
 * processes: what it guards, a service's slots ({@code max-in-flight}), is counted per process too.
 */
final class SubjectsInFlight {

    private final int cap;
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

    SubjectsInFlight(int cap) {
        this.cap = cap;
    }

    /** Counts one more request of the subject, unless it has the cap already; an entered request must leave. */
    boolean enter(String subject) {
        boolean[] entered = {false};
        inFlight.compute(subject, (ignored, count) -> {
            int now = count == null ? 0 : count;
            entered[0] = now < cap;
            return entered[0] ? now + 1 : now;
        });
        return entered[0];
    }

    /** Subjects without requests in flight are dropped, so the map holds only the callers of the moment. */
    void leave(String subject) {
        inFlight.computeIfPresent(subject, (ignored, count) -> count > 1 ? count - 1 : null);
    }
}
