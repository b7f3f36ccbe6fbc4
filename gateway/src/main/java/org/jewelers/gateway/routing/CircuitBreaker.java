package org.jewelers.gateway.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stops calling a service that keeps failing, so that its callers get a fast 503 instead of each waiting for a
 * timeout. Closed: every request passes and consecutive failures are counted. Open (after the threshold): every
 * request is refused until {@code openFor} has passed. Half-open: one trial request passes; its success closes the
 * breaker, its failure opens it again.
 */
final class CircuitBreaker {

    enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicBoolean trialRunning = new AtomicBoolean();
    private volatile Instant openUntil;

    CircuitBreaker(int threshold, Duration openFor, Clock clock) {
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Whether a request may be sent now; in half-open state only the first caller gets to try. */
    boolean tryPass() {
        Instant until = openUntil;
        if (until == null) {
            return true;
        }
        return !clock.instant().isBefore(until) && trialRunning.compareAndSet(false, true);
    }

    void succeeded() {
        failures.set(0);
        openUntil = null;
        trialRunning.set(false);
    }

    /** The request it let pass was given up by its caller: that says nothing about the service. */
    void abandoned() {
        trialRunning.set(false);
    }

    void failed() {
        if (failures.incrementAndGet() >= threshold || openUntil != null) {
            openUntil = clock.instant().plus(openFor);
        }
        trialRunning.set(false);
    }

    State state() {
        Instant until = openUntil;
        if (until == null) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(until) ? State.OPEN : State.HALF_OPEN;
    }

    /** Seconds until a trial request may pass, at least 1. */
    long secondsUntilTrial() {
        Instant until = openUntil;
        long millis = until == null ? 0 : Duration.between(clock.instant(), until).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
