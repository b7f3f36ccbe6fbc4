package org.jewelers.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Stops calling an instance that keeps failing, so that its callers get a fast 503 instead of each waiting for a
 * timeout. Closed: every request passes; {@code threshold} consecutive failures open it. Open: every request is
 * refused until {@code openFor} has passed. Half-open: one trial request passes; its success closes the breaker,
 * its failure opens it again. A request given up by its caller or broken off by the gateway counts neither way.
 *
 * <p>The state machine is Resilience4j's: a count-based window of {@code threshold} calls that opens at a 100%
 * failure rate is exactly "{@code threshold} failures in a row". SmallRye Fault Tolerance (Quarkus' own) does not
 * fit here: its guards wrap a whole call, whereas the proxy asks each instance's breaker for a permit before picking
 * it (trying the next instance when one is open), must hand a permit back without a verdict when the caller hangs
 * up, and tells callers in Retry-After when the trial comes; Resilience4j's breaker has permits, verdicts and a
 * release as separate calls, and takes the clock the tests set. This class adds only what Resilience4j does not
 * say: when the trial comes.
 */
final class CircuitBreaker {

    enum State { CLOSED, OPEN, HALF_OPEN }

    private final io.github.resilience4j.circuitbreaker.CircuitBreaker breaker;
    private final Clock clock;
    private volatile Instant openUntil = Instant.MIN;

    CircuitBreaker(int threshold, Duration openFor, Clock clock) {
        this.clock = clock;
        // Named for Resilience4j's events only: no registry holds it, the instance that owns it names it in health.
        this.breaker = io.github.resilience4j.circuitbreaker.CircuitBreaker.of("upstream-instance", CircuitBreakerConfig.custom()
                .slidingWindow(threshold, threshold, SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(100)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .writableStackTraceEnabled(false)
                .clock(clock)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == io.github.resilience4j.circuitbreaker.CircuitBreaker.State.OPEN) {
                openUntil = clock.instant().plus(openFor);
            }
        });
    }

    /** Whether a request may be sent now; in half-open state only the first caller gets to try. */
    boolean tryPass() {
        return breaker.tryAcquirePermission();
    }

    void succeeded() {
        breaker.onSuccess(0, TimeUnit.NANOSECONDS);
    }

    /** The request it let pass was given up by its caller: that says nothing about the service. */
    void abandoned() {
        breaker.releasePermission();
    }

    void failed(Throwable failure) {
        breaker.onError(0, TimeUnit.NANOSECONDS, failure);
    }

    State state() {
        return switch (breaker.getState()) {
            case CLOSED -> State.CLOSED;
            case HALF_OPEN -> State.HALF_OPEN;
            // Resilience4j turns half-open when the next request asks; until then the trial is already due.
            default -> clock.instant().isAfter(openUntil) ? State.HALF_OPEN : State.OPEN;
        };
    }

    /** Seconds until a trial request may pass, at least 1. */
    long secondsUntilTrial() {
        if (breaker.getState() != io.github.resilience4j.circuitbreaker.CircuitBreaker.State.OPEN) {
            return 1;
        }
        long millis = Duration.between(clock.instant(), openUntil).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
