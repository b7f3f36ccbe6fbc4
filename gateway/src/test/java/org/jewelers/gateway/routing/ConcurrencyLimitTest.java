package org.jewelers.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bulkhead in front of each service: slots, a queue in arrival order, and refusal beyond both. */
class ConcurrencyLimitTest {

    @ParameterizedTest
    @CsvSource({"1, 0", "1, 3", "4, 0", "4, 2", "10, 10"})
    void admitsUpToItsSlotsQueuesUpToItsQueueAndRefusesTheRest(int slots, int queued) {
        ConcurrencyLimit limit = new ConcurrencyLimit(slots, queued);
        for (int i = 0; i < slots; i++) {
            assertEquals(ConcurrencyLimit.Entry.ADMITTED, limit.enter(() -> { }));
        }
        for (int i = 0; i < queued; i++) {
            assertEquals(ConcurrencyLimit.Entry.QUEUED, limit.enter(() -> { }));
        }
        assertEquals(ConcurrencyLimit.Entry.REFUSED, limit.enter(() -> { }));
        assertEquals(slots, limit.inFlight());
    }

    @Test
    void aFreedSlotGoesToTheLongestWaitingRequest() {
        ConcurrencyLimit limit = new ConcurrencyLimit(1, 3);
        List<String> handed = new ArrayList<>();
        limit.enter(() -> { });
        limit.enter(() -> handed.add("first"));
        limit.enter(() -> handed.add("second"));
        limit.enter(() -> handed.add("third"));
        limit.leave();
        assertEquals(List.of("first"), handed);
        limit.leave();
        limit.leave();
        assertEquals(List.of("first", "second", "third"), handed);
        assertEquals(1, limit.inFlight());
    }

    @Test
    void aSlotHandedOnStaysTakenAndOneLeftWithNobodyWaitingIsFreed() {
        ConcurrencyLimit limit = new ConcurrencyLimit(2, 1);
        limit.enter(() -> { });
        limit.enter(() -> { });
        limit.enter(() -> { });
        limit.leave();
        assertEquals(2, limit.inFlight());
        limit.leave();
        assertEquals(1, limit.inFlight());
        limit.leave();
        assertEquals(0, limit.inFlight());
        assertEquals(ConcurrencyLimit.Entry.ADMITTED, limit.enter(() -> { }));
    }

    @Test
    void aRequestThatGaveUpWaitingIsNotHandedASlotAndFreesItsPlaceInTheQueue() {
        ConcurrencyLimit limit = new ConcurrencyLimit(1, 1);
        AtomicInteger run = new AtomicInteger();
        Runnable waiter = run::incrementAndGet;
        limit.enter(() -> { });
        assertEquals(ConcurrencyLimit.Entry.QUEUED, limit.enter(waiter));
        assertTrue(limit.giveUp(waiter));
        assertEquals(ConcurrencyLimit.Entry.QUEUED, limit.enter(() -> { }));
        limit.leave();
        assertEquals(0, run.get());
    }

    @Test
    void aRequestHandedItsSlotCannotGiveUpAnyMore() {
        ConcurrencyLimit limit = new ConcurrencyLimit(1, 1);
        AtomicInteger run = new AtomicInteger();
        Runnable waiter = run::incrementAndGet;
        limit.enter(() -> { });
        limit.enter(waiter);
        limit.leave();
        assertEquals(1, run.get());
        assertFalse(limit.giveUp(waiter));
        assertEquals(1, limit.inFlight());
    }

    @Test
    void manyThreadsNeverHoldMoreThanItsSlotsAndLeaveItEmpty() throws Exception {
        int slots = 3;
        ConcurrencyLimit limit = new ConcurrencyLimit(slots, 5);
        AtomicInteger holding = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Runnable work = () -> {
            most.accumulateAndGet(holding.incrementAndGet(), Math::max);
            holding.decrementAndGet();
            limit.leave();
        };
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                done.add(threads.submit(() -> {
                    switch (limit.enter(work)) {
                        case ADMITTED -> work.run();
                        case QUEUED -> { }
                        case REFUSED -> refused.incrementAndGet();
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdown();
        }
        assertTrue(most.get() <= slots, "at most " + slots + " at once, saw " + most.get());
        assertEquals(0, limit.inFlight());
    }
}
