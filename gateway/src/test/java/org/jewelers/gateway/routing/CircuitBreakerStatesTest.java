package org.jewelers.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.jewelers.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The breaker's rules, on a clock the test moves: each instance's breaker behaves as the gateway's routing expects. */
class CircuitBreakerStatesTest {

    private static final Duration OPEN_FOR = Duration.ofSeconds(10);
    private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");

    private final TestClock clock = new TestClock();

    @BeforeEach
    void startOfDay() {
        clock.fix(START);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 10})
    void opensAtTheThresholdOfFailuresInARowAndNotBefore(int threshold) {
        CircuitBreaker breaker = new CircuitBreaker(threshold, OPEN_FOR, clock);
        for (int i = 1; i < threshold; i++) {
            failOne(breaker);
            assertEquals(CircuitBreaker.State.CLOSED, breaker.state(), "after " + i + " failures");
        }
        failOne(breaker);
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.tryPass());
    }

    @Test
    void aClosedBreakerLetsEveryRequestPass() {
        CircuitBreaker breaker = new CircuitBreaker(5, OPEN_FOR, clock);
        for (int i = 0; i < 100; i++) {
            assertTrue(breaker.tryPass());
        }
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertEquals(1, breaker.secondsUntilTrial());
    }

    @Test
    void aSuccessStartsTheCountOfFailuresAfresh() {
        CircuitBreaker breaker = new CircuitBreaker(5, OPEN_FOR, clock);
        failTimes(breaker, 4);
        succeedOne(breaker);
        failTimes(breaker, 4);
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        failOne(breaker);
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    }

    @Test
    void abandonedRequestsCountNeitherWay() {
        CircuitBreaker breaker = new CircuitBreaker(5, OPEN_FOR, clock);
        failTimes(breaker, 4);
        for (int i = 0; i < 10; i++) {
            assertTrue(breaker.tryPass());
            breaker.abandoned();
        }
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        failOne(breaker);
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    }

    @Test
    void anOpenBreakerRefusesUntilItsTimeIsUpAndSaysHowLongThatIs() {
        CircuitBreaker breaker = opened();
        assertEquals(10, breaker.secondsUntilTrial());
        clock.fix(START.plusMillis(2_500));
        assertFalse(breaker.tryPass());
        assertEquals(8, breaker.secondsUntilTrial());
        clock.fix(START.plusMillis(9_900));
        assertFalse(breaker.tryPass());
        assertEquals(1, breaker.secondsUntilTrial());
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    }

    @Test
    void onceItsTimeIsUpExactlyOneTrialPasses() {
        CircuitBreaker breaker = opened();
        clock.fix(START.plus(OPEN_FOR).plusMillis(1));
        assertEquals(CircuitBreaker.State.HALF_OPEN, breaker.state());
        assertTrue(breaker.tryPass());
        assertFalse(breaker.tryPass());
        assertFalse(breaker.tryPass());
        assertEquals(CircuitBreaker.State.HALF_OPEN, breaker.state());
    }

    @Test
    void aSuccessfulTrialClosesTheBreakerAndTheCountStartsAfresh() {
        CircuitBreaker breaker = opened();
        clock.fix(START.plus(OPEN_FOR).plusMillis(1));
        assertTrue(breaker.tryPass());
        breaker.succeeded();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.tryPass());
        breaker.abandoned();
        failTimes(breaker, 2);
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        failOne(breaker);
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    }

    @Test
    void aFailedTrialOpensTheBreakerAgainForTheWholeTime() {
        CircuitBreaker breaker = opened();
        Instant trial = START.plus(OPEN_FOR).plusSeconds(3);
        clock.fix(trial);
        assertTrue(breaker.tryPass());
        breaker.failed(new IOException("connection reset"));
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertEquals(10, breaker.secondsUntilTrial());
        clock.fix(trial.plus(OPEN_FOR).minusMillis(1));
        assertFalse(breaker.tryPass());
        clock.fix(trial.plus(OPEN_FOR).plusMillis(1));
        assertTrue(breaker.tryPass());
    }

    @Test
    void anAbandonedTrialLetsTheNextCallerTry() {
        CircuitBreaker breaker = opened();
        clock.fix(START.plus(OPEN_FOR).plusMillis(1));
        assertTrue(breaker.tryPass());
        breaker.abandoned();
        assertEquals(CircuitBreaker.State.HALF_OPEN, breaker.state());
        assertTrue(breaker.tryPass());
        breaker.succeeded();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }

    @Test
    void eachBreakerKeepsItsOwnCount() {
        CircuitBreaker failing = new CircuitBreaker(2, OPEN_FOR, clock);
        CircuitBreaker healthy = new CircuitBreaker(2, OPEN_FOR, clock);
        failTimes(failing, 2);
        succeedOne(healthy);
        assertEquals(CircuitBreaker.State.OPEN, failing.state());
        assertEquals(CircuitBreaker.State.CLOSED, healthy.state());
        assertTrue(healthy.tryPass());
    }

    private CircuitBreaker opened() {
        CircuitBreaker breaker = new CircuitBreaker(3, OPEN_FOR, clock);
        failTimes(breaker, 3);
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        return breaker;
    }

    private static void failTimes(CircuitBreaker breaker, int times) {
        for (int i = 0; i < times; i++) {
            failOne(breaker);
        }
    }

    private static void failOne(CircuitBreaker breaker) {
        assertTrue(breaker.tryPass());
        breaker.failed(new IOException("connection reset"));
    }

    private static void succeedOne(CircuitBreaker breaker) {
        assertTrue(breaker.tryPass());
        breaker.succeeded();
    }
}
