package org.jewelers.directory.roster;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.jewelers.geo.ZipPlaces;
import org.jewelers.leases.Lease;
import org.jewelers.leases.LeaseTable;
import org.jewelers.leases.Leases;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the directory over one database, as the cluster runs them: the app under test and a second
 * import worker of its own beans, as a second pod would have.
 */
@QuarkusTest
class TwoReplicasImportTest {

    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @Inject
    RosterImports imports;

    @Inject
    RosterChecks checks;

    @Inject
    MemberUpsert upsert;

    @Inject
    Leases leases;

    @Inject
    DataSource database;

    private ImportWorker secondReplica;

    @AfterEach
    void stopSecondReplica() {
        if (secondReplica != null) {
            secondReplica.stop(null);
        }
    }

    @Test
    void aReplicaStartingUpDoesNotRestartTheImportAnotherIsRunning() {
        String job = Imports.submit(membership(600), Tokens.staff());
        JsonPath running = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
                .until(() -> report(job), report -> report.getInt("created") > 0);
        assertEquals("running", running.getString("status"));
        String startedAt = running.getString("startedAt");

        secondReplica = secondReplica();

        List<JsonPath> seen = new ArrayList<>();
        JsonPath done = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> report(job), report -> {
                    seen.add(report);
                    return List.of("done", "failed").contains(report.getString("status"));
                });
        for (JsonPath report : seen) {
            assertEquals(startedAt, report.getString("startedAt"), "the import was started over");
            assertTrue(List.of("running", "done").contains(report.getString("status")), report.getString("status"));
        }
        assertEquals("done", done.getString("status"));
        assertEquals(600, done.getInt("created"), done::prettify);
    }

    @Test
    void twoReplicasRunOneImportAtATime() {
        secondReplica = secondReplica();
        String first = Imports.submit(membership(200), Tokens.staff());
        String second = Imports.submit(membership(200), Tokens.staff());

        JsonPath one = Imports.finished(first, PATIENCE);
        JsonPath two = Imports.finished(second, PATIENCE);
        assertEquals(List.of("done", "done"), List.of(one.getString("status"), two.getString("status")));
        assertEquals(List.of(200, 200), List.of(one.getInt("created"), two.getInt("created")));
        Instant firstFinished = Instant.parse(one.getString("finishedAt"));
        Instant secondStarted = Instant.parse(two.getString("startedAt"));
        assertTrue(!secondStarted.isBefore(firstFinished),
                "the second import started at " + secondStarted + ", before the first finished at " + firstFinished);
    }

    @Test
    void anImportLeftRunningByAReplicaThatDiedIsTakenOverWhenItsLeaseExpires() throws SQLException {
        LeaseTable deadReplica = new LeaseTable(database);
        Lease lease = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> deadReplica.tryAcquire(ImportWorker.LEASE, "dead-replica", Duration.ofSeconds(6)),
                        Optional::isPresent)
                .orElseThrow();
        String job = Imports.submit(membership(50), Tokens.staff());
        markRunning(job);

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                .until(() -> report(job).getString("status"), equalTo("running"));
        assertEquals(0, report(job).getInt("created"), "nothing runs it while the lease is held");

        JsonPath done = Imports.finished(job, PATIENCE);
        assertEquals("done", done.getString("status"));
        assertEquals(50, done.getInt("created"), done::prettify);
        assertFalse(lease.renew(), "the dead replica's lease was taken over");
    }

    /** Another replica, as a second pod runs it: its own worker thread over the same database. */
    private ImportWorker secondReplica() {
        ImportWorker replica = new ImportWorker(imports, checks, upsert, leases, Duration.ofSeconds(30),
                Duration.ofMillis(200));
        replica.start(null);
        return replica;
    }

    /** What the dead replica had done before it died: started the import. */
    private void markRunning(String job) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update roster_import set status = 'RUNNING', started_at = now() where id = ?")) {
            update.setObject(1, UUID.fromString(job.substring(job.lastIndexOf('/') + 1)));
            assertEquals(1, update.executeUpdate());
        }
    }

    private static String membership(int members) {
        return RosterCsv.membership(RosterCsv.prefix(), members, ZipPlaces.load(), new Random(members)).text();
    }

    private static JsonPath report(String job) {
        return given().auth().oauth2(Tokens.staff()).get(job).then().statusCode(200).extract().jsonPath();
    }
}
