package org.jewelers.gateway.limits;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Fixed-window request limits that hold across gateway processes. Each process decides locally, from the last
 * known shared total plus what it admitted since; {@link #sync()} (every 100 ms or so) adds its local counts to the
 * shared store and learns the others'. So a request never waits for the database, and all processes together
 * admit at most about {@code processes x rate x sync interval} requests more than the limit. While the store is
 * unreachable each process keeps limiting with what it knows (it fails open rather than refusing all traffic).
 */
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    private final SharedCounters shared;
    private final Clock clock;
    private final Map<SharedCounters.Window, LocalWindow> windows = new ConcurrentHashMap<>();

    public RateLimiter(SharedCounters shared, Clock clock) {
        this.shared = shared;
        this.clock = clock;
    }

    /** Counts one request against the limit of {@code bucket} in the current window of the given length. */
    public RateDecision acquire(String bucket, long limit, Duration window) {
        Instant now = clock.instant();
        long length = window.toMillis();
        Instant start = Instant.ofEpochMilli(now.toEpochMilli() / length * length);
        Duration reset = Duration.between(now, start.plusMillis(length));
        SharedCounters.Window counted = new SharedCounters.Window(bucket, start);
        LocalWindow local = windows.computeIfAbsent(counted, key -> new LocalWindow(start.plusMillis(length)));
        while (true) {
            long pending = local.pending.get();
            long used = local.sharedTotal + pending;
            if (used >= limit) {
                return RateDecision.refused(limit, reset, counted);
            }
            if (local.pending.compareAndSet(pending, pending + 1)) {
                return RateDecision.allowed(limit, limit - used - 1, reset, counted);
            }
        }
    }

    /**
     * Takes back a request that {@link #acquire} admitted, for a limit that counts only what turns out wrong (an
     * unknown key) but must count before it knows, so that concurrent requests cannot all slip through. A count
     * already shared is taken back at the next sync; a window forgotten in between is over anyway.
     */
    public void forgive(RateDecision admitted) {
        LocalWindow local = windows.get(admitted.window());
        if (admitted.allowed() && local != null) {
            local.pending.decrementAndGet();
        }
    }

    /** Adds the local counts to the shared store and takes in every process's totals. */
    public synchronized void sync() {
        Instant now = clock.instant();
        windows.entrySet().removeIf(entry -> !entry.getValue().end.isAfter(now) && entry.getValue().pending.get() == 0);
        List<SharedCounters.Increment> increments = new ArrayList<>();
        Map<SharedCounters.Window, Long> taken = new HashMap<>();
        windows.forEach((window, local) -> {
            // Windows with nothing new are sent too (adding 0), to learn what the other processes admitted.
            long pending = local.pending.get();
            taken.put(window, pending);
            increments.add(new SharedCounters.Increment(window.bucket(), window.start(), pending));
        });
        if (increments.isEmpty()) {
            return;
        }
        try {
            Map<SharedCounters.Window, Long> totals = shared.add(increments);
            totals.forEach((window, total) -> {
                LocalWindow local = windows.get(window);
                if (local != null) {
                    // The total first, then the pending count: in between a request sees itself counted twice,
                    // which errs on the side of the limit.
                    local.sharedTotal = total;
                    local.pending.addAndGet(-taken.getOrDefault(window, 0L));
                }
            });
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("rate limits cannot be shared right now (%s); limiting with this process's counts",
                    e.getMessage());
        }
    }

    /** Removes shared windows that ended before the given moment. */
    public void forgetBefore(Instant moment) {
        try {
            shared.forgetBefore(moment);
        } catch (SQLException e) {
            LOG.warnf("old rate windows could not be removed (%s)", e.getMessage());
        }
    }

    private static final class LocalWindow {
        private final Instant end;
        private final AtomicLong pending = new AtomicLong();
        private volatile long sharedTotal;

        private LocalWindow(Instant end) {
            this.end = end;
        }
    }
}
