package org.jewelers.gateway.usage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One key's counts of one day in this process since the last flush. Recording is a few atomic increments; a flush
 * takes every count out with getAndSet(0), so an increment racing with it lands either in this flush or in the next,
 * never in neither.
 */
final class DayCounts {

    private final UUID key;
    private final LocalDate day;
    private final AtomicLongArray byStatusClass = new AtomicLongArray(4);
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong searches = new AtomicLong();
    private final AtomicLong searchesWithoutResult = new AtomicLong();
    private final AtomicLongArray latency = new AtomicLongArray(LatencyBuckets.COUNT);
    private final Map<String, AtomicLong> byState = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> byZipPrefix = new ConcurrentHashMap<>();

    DayCounts(UUID key, LocalDate day) {
        this.key = key;
        this.day = day;
    }

    LocalDate day() {
        return day;
    }

    /** An answer: its status (2xx to 5xx; others are not counted by class) and how long it took. */
    void answered(int status, long micros) {
        int statusClass = status / 100 - 2;
        if (statusClass >= 0 && statusClass < 4) {
            byStatusClass.incrementAndGet(statusClass);
        }
        if (status == 429) {
            rateLimited.incrementAndGet();
        }
        latency.incrementAndGet(LatencyBuckets.index(micros));
    }

    /** A search answered; {@code state} and {@code zipPrefix} are null when it named no ZIP the gateway knows. */
    void searched(boolean withoutResult, String state, String zipPrefix) {
        searches.incrementAndGet();
        if (withoutResult) {
            searchesWithoutResult.incrementAndGet();
        }
        if (state != null) {
            byState.computeIfAbsent(state, ignored -> new AtomicLong()).incrementAndGet();
            byZipPrefix.computeIfAbsent(zipPrefix, ignored -> new AtomicLong()).incrementAndGet();
        }
    }

    /** Takes the counts out; null when there were none since the last time. */
    UsageDelta drain() {
        long[] statuses = new long[4];
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = byStatusClass.getAndSet(i, 0);
        }
        long[] buckets = new long[LatencyBuckets.COUNT];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = latency.getAndSet(i, 0);
        }
        UsageDelta delta = new UsageDelta(key, day, statuses, rateLimited.getAndSet(0), searches.getAndSet(0),
                searchesWithoutResult.getAndSet(0), buckets, drain(byState), drain(byZipPrefix));
        return delta.isEmpty() ? null : delta;
    }

    /** Puts back counts a flush could not write, so that the next flush writes them. */
    void putBack(UsageDelta delta) {
        for (int i = 0; i < delta.byStatusClass().length; i++) {
            byStatusClass.addAndGet(i, delta.byStatusClass()[i]);
        }
        for (int i = 0; i < delta.latencyBuckets().length; i++) {
            latency.addAndGet(i, delta.latencyBuckets()[i]);
        }
        rateLimited.addAndGet(delta.rateLimited());
        searches.addAndGet(delta.searches());
        searchesWithoutResult.addAndGet(delta.searchesWithoutResult());
        delta.byState().forEach((state, count) ->
                byState.computeIfAbsent(state, ignored -> new AtomicLong()).addAndGet(count));
        delta.byZipPrefix().forEach((prefix, count) ->
                byZipPrefix.computeIfAbsent(prefix, ignored -> new AtomicLong()).addAndGet(count));
    }

    private static Map<String, Long> drain(Map<String, AtomicLong> counts) {
        Map<String, Long> taken = new HashMap<>();
        counts.forEach((value, count) -> {
            long n = count.getAndSet(0);
            if (n > 0) {
                taken.put(value, n);
            }
        });
        return taken;
    }
}
