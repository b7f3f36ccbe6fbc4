package org.jewelers.gateway.usage;

/**
 * Log-spaced latency buckets, as HdrHistogram lays them out with 3 bits of precision: each power of two of
 * microseconds is cut into 8 equal buckets, so that a bucket is at most 12.5% as wide as its lower bound. Bucket 0
 * holds everything under 9 µs, the last everything from about 126 s on (past every upstream's timeout). Counts per
 * bucket add up across flushes and gateway processes element by element, which a percentile over raw samples could
 * not; the 95th percentile read from them is the upper bound of the bucket it falls in, at most 12.5% high.
 */
final class LatencyBuckets {

    static final int COUNT = 192;
    private static final int SUB_BITS = 3;
    private static final int SUB_BUCKETS = 1 << SUB_BITS;

    private LatencyBuckets() {
    }

    /** The bucket of a latency in microseconds. */
    static int index(long micros) {
        long value = Math.max(micros, SUB_BUCKETS);
        int exponent = 63 - Long.numberOfLeadingZeros(value);
        int sub = (int) (value >>> (exponent - SUB_BITS)) & (SUB_BUCKETS - 1);
        return Math.min((exponent - SUB_BITS) * SUB_BUCKETS + sub, COUNT - 1);
    }

    /** The first latency, in microseconds, past the bucket. */
    static long upperBoundMicros(int index) {
        int exponent = index / SUB_BUCKETS + SUB_BITS;
        int sub = index % SUB_BUCKETS;
        return (long) (SUB_BUCKETS + sub + 1) << (exponent - SUB_BITS);
    }

    /**
     * The latency under which at least {@code quantile} of the answers came, in milliseconds (the upper bound of its
     * bucket); null without answers.
     */
    static Double quantileMillis(long[] counts, double quantile) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        if (total == 0) {
            return null;
        }
        long rank = (long) Math.ceil(quantile * total);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return upperBoundMicros(i) / 1000.0;
            }
        }
        throw new IllegalStateException("the counts add up to " + total + " but never reach rank " + rank);
    }
}
