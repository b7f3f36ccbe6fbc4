package org.jewelers.gateway.routing;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A bulkhead: at most {@code maxInFlight} requests at once, then at most {@code maxQueued} waiting for a slot, and
 * beyond that a refusal. A freed slot goes straight to the longest-waiting request.
 *
 * <p>Written here rather than taken from a library: Resilience4j's bulkhead queues a request by blocking its thread,
 * which an event loop must never do, and SmallRye Fault Tolerance's wraps a whole call; this one hands a freed slot
 * to a callback, and lets a waiting request give up when its wait is over.
 */
final class ConcurrencyLimit {

    enum Entry { ADMITTED, QUEUED, REFUSED }

    private final int maxInFlight;
    private final int maxQueued;
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private int inFlight;

    ConcurrencyLimit(int maxInFlight, int maxQueued) {
        this.maxInFlight = maxInFlight;
        this.maxQueued = maxQueued;
    }

    /**
     * Takes a slot (ADMITTED), or queues {@code onSlot} to be run once a slot is handed to it (QUEUED), or neither
     * (REFUSED). An admitted request, and a queued one once run, must {@link #leave()}.
     */
    synchronized Entry enter(Runnable onSlot) {
        if (inFlight < maxInFlight) {
            inFlight++;
            return Entry.ADMITTED;
        }
        if (queue.size() < maxQueued) {
            queue.add(onSlot);
            return Entry.QUEUED;
        }
        return Entry.REFUSED;
    }

    /** Takes a queued request out; false when it was handed a slot already. */
    synchronized boolean giveUp(Runnable onSlot) {
        return queue.remove(onSlot);
    }

    void leave() {
        Runnable next;
        synchronized (this) {
            next = queue.poll();
            if (next == null) {
                inFlight--;
            }
        }
        if (next != null) {
            next.run();
        }
    }

    synchronized int inFlight() {
        return inFlight;
    }
}
