package org.jewelers.systemtests.abuse;

import java.util.Arrays;
import java.util.List;

/** One phase's latencies, sorted, and the percentiles read off them by nearest rank. */
final class Latencies {

    private final double[] sortedMillis;

    private Latencies(double[] sortedMillis) {
        this.sortedMillis = sortedMillis;
    }

    static Latencies ofNanos(List<Long> nanos) {
        double[] millis = nanos.stream().mapToDouble(n -> n / 1e6).toArray();
        Arrays.sort(millis);
        return new Latencies(millis);
    }

    double percentile(double percent) {
        if (sortedMillis.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sortedMillis.length);
        return sortedMillis[Math.max(0, rank - 1)];
    }

    double max() {
        return percentile(100);
    }

    @Override
    public String toString() {
        return String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms", percentile(50), percentile(99), max());
    }
}
