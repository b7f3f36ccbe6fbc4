package org.jewelers.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jewelers.testing.Infrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two limiters over one database stand for two gateway processes: together they hold one limit. */
class SharedLimitStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T10:15:30Z"), ZoneOffset.UTC);
    private static DataSource database;

    @BeforeAll
    static void migrate() {
        database = Infrastructure.postgres().createDatabase("gateway_limits").dataSource();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
    }

    @Test
    void twoProcessesTogetherAdmitNoMoreThanTheLimit() {
        RateLimiter first = new RateLimiter(new SharedCounters(database), CLOCK);
        RateLimiter second = new RateLimiter(new SharedCounters(database), CLOCK);
        for (int i = 0; i < 6; i++) {
            assertTrue(first.acquire("key:shared", 10, Duration.ofMinutes(1)).allowed());
        }
        first.sync();
        assertTrue(second.acquire("key:shared", 10, Duration.ofMinutes(1)).allowed());
        second.sync();
        int admittedBySecond = 1;
        while (second.acquire("key:shared", 10, Duration.ofMinutes(1)).allowed()) {
            admittedBySecond++;
        }
        assertEquals(4, admittedBySecond, "the second process learned the first one's 6 requests");
        second.sync();
        first.sync();
        RateDecision refused = first.acquire("key:shared", 10, Duration.ofMinutes(1));
        assertFalse(refused.allowed(), "the first process learned the second one's requests");
        assertEquals(30, refused.resetSeconds());
    }

    @Test
    void windowsAndBucketsAreCountedApart() {
        RateLimiter limiter = new RateLimiter(new SharedCounters(database), CLOCK);
        assertTrue(limiter.acquire("address:198.51.100.1", 1, Duration.ofMinutes(1)).allowed());
        assertFalse(limiter.acquire("address:198.51.100.1", 1, Duration.ofMinutes(1)).allowed());
        assertTrue(limiter.acquire("address:198.51.100.2", 1, Duration.ofMinutes(1)).allowed());
        assertTrue(limiter.acquire("address:198.51.100.1", 5, Duration.ofDays(1)).allowed());
    }
}
