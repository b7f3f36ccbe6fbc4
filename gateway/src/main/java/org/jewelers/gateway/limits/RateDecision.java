package org.jewelers.gateway.limits;

import java.time.Duration;

/**
 * Whether a request is within its limit, and what the RateLimit headers tell the caller; {@code window} is the one
 * it was counted in, if it was.
 */
public record RateDecision(boolean allowed, long limit, long remaining, Duration reset, SharedCounters.Window window) {

    static RateDecision allowed(long limit, long remaining, Duration reset, SharedCounters.Window window) {
        return new RateDecision(true, limit, remaining, reset, window);
    }

    static RateDecision refused(long limit, Duration reset, SharedCounters.Window window) {
        return new RateDecision(false, limit, 0, reset, window);
    }

    /** Whole seconds until the window resets, rounded up so that a client waiting that long is let in. */
    public long resetSeconds() {
        return Math.max(1, (reset.toMillis() + 999) / 1000);
    }
}
