package org.jewelers.gateway.usage;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * What two gateway processes flush for one key and day adds up, latency buckets element by element whatever their
 * lengths; and counts a flush could not store are kept for the next one.
 */
@QuarkusTest
class UsageMergeTest {

    private static final LocalDate DAY = LocalDate.parse("2031-06-02");

    @Inject
    UsageStore store;

    @Test
    void twoProcessesFlushesOfOneDayAddUp() throws Exception {
        String partner = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", "Merge partner", "contactEmail", "admin@partner.example"))
                .post("/api/v1/partners").then().statusCode(201).extract().path("id");
        UUID key = UUID.fromString(given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", "Merge key", "partnerId", partner, "type", "server", "requestsPerMinute", 5,
                        "requestsPerDay", 5))
                .post("/api/v1/api-keys").then().statusCode(201).extract().<String>path("key.id"));

        DayCounts first = new DayCounts(key, DAY);
        for (int i = 0; i < 3; i++) {
            first.answered(200, 1_000);
            first.searched(false, "OH", "432");
        }
        DayCounts second = new DayCounts(key, DAY);
        second.answered(429, 100_000);
        second.answered(200, 900);
        second.searched(true, "OH", "430");
        store.add(List.of(first.drain()));
        store.add(List.of(second.drain()));

        UsageDay day = store.read(key, DAY, DAY).get(0);
        assertEquals(5, day.requests());
        assertEquals(new StatusClasses(4, 0, 1, 0), day.byStatusClass());
        assertEquals(1, day.rateLimited());
        assertEquals(4, day.searches());
        assertEquals(1, day.searchesWithoutResult());
        assertEquals(Map.of("OH", 4L), day.searchesByState());
        assertEquals(Map.of("432", 3L, "430", 1L), day.searchesByZipPrefix());
        // Rank 5 of 5 is the 429's 100 ms, in the longer array only.
        assertEquals(LatencyBuckets.upperBoundMicros(LatencyBuckets.index(100_000)) / 1000.0,
                day.latencyP95Millis());
    }

    @Test
    void countsAFlushCouldNotStoreAreKeptForTheNext() {
        DayCounts counts = new DayCounts(UUID.randomUUID(), DAY);
        counts.answered(404, 2_000);
        counts.searched(true, "KY", "402");
        UsageDelta failed = counts.drain();
        assertNull(counts.drain(), "a drain takes everything");
        counts.answered(200, 3_000);
        counts.putBack(failed);
        UsageDelta next = counts.drain();
        assertArrayEquals(new long[] {1, 0, 1, 0}, next.byStatusClass());
        assertEquals(1, next.searches());
        assertEquals(1, next.searchesWithoutResult());
        assertEquals(Map.of("KY", 1L), next.byState());
        assertEquals(2, Arrays.stream(next.latencyBuckets()).sum());
    }
}
