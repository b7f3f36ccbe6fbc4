package org.jewelers.directory.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.jewelers.geo.ZipPlaces;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A roster the size of the whole association completes; its time is printed, not asserted. */
@QuarkusTest
class LargeRosterImportTest {

    @Test
    void aRosterOfTenThousandRowsCompletes() {
        RosterCsv roster = RosterCsv.membership(RosterCsv.prefix(), 7_000, ZipPlaces.load(), new Random(20_260_401));
        assertEquals(10_000, roster.size());
        String csv = roster.text();

        long start = System.nanoTime();
        JsonPath report = Imports.finished(Imports.submit(csv, Tokens.staff()), Duration.ofMinutes(15));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals("done", report.getString("status"), () -> report.prettify());
        assertEquals(10_000, report.getInt("rowsRead"));
        assertEquals(7_000, report.getInt("created"), () -> report.getString("rejectedRows[0].reason"));
        Duration onServer = Duration.between(Instant.parse(report.getString("startedAt")),
                Instant.parse(report.getString("finishedAt")));
        System.out.printf("Roster import of 10,000 rows (7,000 members, %,d bytes): %.1f s from upload to done,"
                + " %.1f s running on the server (%.1f ms a member)%n", csv.length(), took.toMillis() / 1000.0,
                onServer.toMillis() / 1000.0, onServer.toMillis() / 7000.0);
    }
}
