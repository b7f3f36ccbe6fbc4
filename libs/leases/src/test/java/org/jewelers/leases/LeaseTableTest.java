package org.jewelers.leases;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Replicas competing for a lease on one real PostgreSQL database, each claimer with connections of its own. */
class LeaseTableTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final TestDatabase database = Infrastructure.postgres().createDatabase("leases");
    private final ExecutorService replicas = Executors.newCachedThreadPool();

    /** The table as a service's migration creates it; run twice, as on a database the library had migrated. */
    LeaseTableTest() throws IOException, SQLException {
        try (InputStream ddl = getClass().getResourceAsStream("/background_lease.sql");
             Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            String migration = new String(ddl.readAllBytes(), StandardCharsets.UTF_8);
            statement.execute(migration);
            statement.execute(migration);
        }
    }

    @AfterEach
    void stopReplicas() {
        replicas.shutdownNow();
    }

    @Test
    void ofClaimersRacingForAFreeLeaseExactlyOneWins() throws Exception {
        int claimers = 8;
        CountDownLatch ready = new CountDownLatch(claimers);
        List<Future<Optional<Lease>>> claims = new ArrayList<>();
        for (int i = 0; i < claimers; i++) {
            LeaseTable replica = new LeaseTable(database.dataSource());
            String holder = "replica-" + i;
            claims.add(replicas.submit(() -> {
                ready.countDown();
                ready.await();
                return replica.tryAcquire("roster-import", holder, Duration.ofMinutes(1));
            }));
        }
        int won = 0;
        for (Future<Optional<Lease>> claim : claims) {
            won += claim.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).isPresent() ? 1 : 0;
        }
        assertEquals(1, won);
        assertTrue(new LeaseTable(database.dataSource()).tryAcquire("mail-outbox", "replica-0", Duration.ofMinutes(1))
                .isPresent(), "another name is another lease");
    }

    @Test
    void anExpiredLeaseIsTakenOverAndItsFormerHolderIsFencedOut() throws Exception {
        LeaseTable a = new LeaseTable(database.dataSource());
        LeaseTable b = new LeaseTable(database.dataSource());
        Lease first = a.tryAcquire("sweep", "replica-a", Duration.ofMillis(500)).orElseThrow();
        assertTrue(b.tryAcquire("sweep", "replica-b", Duration.ofMillis(500)).isEmpty(), "a live lease is not taken");
        assertTrue(a.tryAcquire("sweep", "replica-a", Duration.ofMillis(500)).isEmpty(), "nor taken twice");

        Lease second = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
                .until(() -> b.tryAcquire("sweep", "replica-b", Duration.ofMinutes(1)), Optional::isPresent)
                .orElseThrow();
        assertTrue(second.fence() > first.fence());

        assertFalse(first.renew(), "the former holder cannot renew a lease taken over");
        assertTrue(first.lost());
        try (Connection transaction = database.connect()) {
            transaction.setAutoCommit(false);
            assertThrows(LeaseLost.class, () -> first.confirm(transaction));
            second.confirm(transaction);
            transaction.commit();
        }
        first.release();
        assertTrue(a.tryAcquire("sweep", "replica-a", Duration.ofMinutes(1)).isEmpty(),
                "a former holder's release leaves the new holder's lease alone");
        assertTrue(second.renew());
        second.release();
        assertTrue(a.tryAcquire("sweep", "replica-a", Duration.ofMinutes(1)).isPresent(), "a released lease is free");
    }

    @Test
    void aConfirmedTransactionKeepsTheLeaseFromBeingTakenOverUntilItEnds() throws Exception {
        LeaseTable a = new LeaseTable(database.dataSource());
        LeaseTable b = new LeaseTable(database.dataSource());
        Lease lease = a.tryAcquire("roster-import", "replica-a", Duration.ZERO).orElseThrow();
        try (Connection transaction = database.connect()) {
            transaction.setAutoCommit(false);
            lease.confirm(transaction);
            assertTrue(b.tryAcquire("roster-import", "replica-b", Duration.ofMinutes(1)).isEmpty(),
                    "expired, but a transaction writing under it is still open");
            transaction.commit();
        }
        assertTrue(b.tryAcquire("roster-import", "replica-b", Duration.ofMinutes(1)).isPresent());
    }

    @Test
    void workRunsOnOneReplicaAtATimeWhileItsHolderRenewsTheLease() throws Exception {
        Duration duration = Duration.ofMillis(300);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        LeaseTable a = new LeaseTable(database.dataSource());
        Future<Boolean> first = replicas.submit(() -> a.runExclusively("roster-import", "replica-a", duration,
                lease -> work(running, mostAtOnce, runs, release)));
        await().atMost(PATIENCE).until(() -> running.get() == 1);

        // Many lease durations later, the holder's renewals still keep the others out.
        LeaseTable b = new LeaseTable(database.dataSource());
        AtomicBoolean ranOnB = new AtomicBoolean();
        await().during(Duration.ofMillis(1_500)).atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> !b.runExclusively("roster-import", "replica-b", duration, lease -> ranOnB.set(true)));
        assertFalse(ranOnB.get());

        release.countDown();
        assertTrue(first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        assertTrue(b.runExclusively("roster-import", "replica-b", duration,
                lease -> work(running, mostAtOnce, runs, new CountDownLatch(0))), "released when the work ended");
        assertEquals(2, runs.get());
        assertEquals(1, mostAtOnce.get());
    }

    @Test
    void workWhoseLeaseWasTakenOverIsInterrupted() throws Exception {
        LeaseTable a = new LeaseTable(database.dataSource());
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        Future<Boolean> work = replicas.submit(() -> a.runExclusively("mail-outbox", "replica-a",
                Duration.ofMillis(300), lease -> {
                    started.countDown();
                    try {
                        new CountDownLatch(1).await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        interrupted.set(true);
                    }
                }));
        assertTrue(started.await(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        takeOverBehindItsBack("mail-outbox");

        assertTrue(work.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        assertTrue(interrupted.get(), "the work went on under a lease it had lost");
    }

    private static void work(AtomicInteger running, AtomicInteger mostAtOnce, AtomicInteger runs,
                             CountDownLatch release) {
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        runs.incrementAndGet();
        try {
            release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.decrementAndGet();
        }
    }

    /** What another replica does after a holder paused past its lease: takes it over, with a new fence. */
    private void takeOverBehindItsBack(String name) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update background_lease set holder = 'replica-b', fence = fence + 1 where name = '"
                    + name + "'");
        }
    }
}
