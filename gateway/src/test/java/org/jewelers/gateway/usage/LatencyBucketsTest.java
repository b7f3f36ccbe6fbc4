package org.jewelers.gateway.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Starts nothing: the buckets' layout and the percentile read from them. */
class LatencyBucketsTest {

    @Test
    void everyLatencyFallsInABucketAtMostAnEighthWideWhoseBoundsHoldIt() {
        int previous = 0;
        for (long micros = 0; micros < 200_000_000L; micros += 1 + micros / 50) {
            int index = LatencyBuckets.index(micros);
            assertTrue(index >= previous, "buckets grow with the latency");
            previous = index;
            if (index < LatencyBuckets.COUNT - 1) {
                long upper = LatencyBuckets.upperBoundMicros(index);
                long lower = index == 0 ? 0 : LatencyBuckets.upperBoundMicros(index - 1);
                assertTrue(micros < upper && micros >= lower, micros + " µs in [" + lower + ", " + upper + ")");
                assertTrue(index < 8 || upper - lower <= lower / 8, "at most 12.5% wide at " + micros + " µs");
            }
        }
        assertEquals(LatencyBuckets.COUNT - 1, LatencyBuckets.index(Long.MAX_VALUE), "the last bucket takes the rest");
        assertEquals(0, LatencyBuckets.index(-5), "a clock step backwards counts as no time");
    }

    @Test
    void the95thPercentileIsTheUpperBoundOfItsBucket() {
        long[] counts = new long[LatencyBuckets.COUNT];
        for (int millis = 1; millis <= 100; millis++) {
            counts[LatencyBuckets.index(millis * 1_000L)]++;
        }
        double p95 = LatencyBuckets.quantileMillis(counts, 0.95);
        assertTrue(p95 >= 95 && p95 <= 95 * 1.125, "p95 of 1..100 ms: " + p95);
        assertNull(LatencyBuckets.quantileMillis(new long[LatencyBuckets.COUNT], 0.95));
        assertNull(LatencyBuckets.quantileMillis(new long[3], 0.95), "a stored row trimmed to nothing");
    }
}
