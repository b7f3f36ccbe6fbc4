package org.jewelers.gateway.usage;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** What one process counted for one key and day since its last flush: what a flush adds to the stored totals. */
record UsageDelta(UUID key, LocalDate day, long[] byStatusClass, long rateLimited, long searches,
                  long searchesWithoutResult, long[] latencyBuckets, Map<String, Long> byState,
                  Map<String, Long> byZipPrefix) {

    boolean isEmpty() {
        for (long count : byStatusClass) {
            if (count != 0) {
                return false;
            }
        }
        for (long count : latencyBuckets) {
            if (count != 0) {
                return false;
            }
        }
        return rateLimited == 0 && searches == 0 && searchesWithoutResult == 0 && byState.isEmpty()
                && byZipPrefix.isEmpty();
    }
}
