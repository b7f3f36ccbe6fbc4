package org.jewelers.benchmarks.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jewelers.geo.ZipPlaces;

/**
 * The anchor ({@code benchmarks/directory-anchor}): the search's question answered by one hand-written
 * statement over data of the same kind, the limit a search service on the same PostgreSQL can approach. Loaded into
 * a database of its own on the benchmark's server, fed the Census ZCTA points of libs/geo, and run with pgbench.
 *
 * @param locationsLoaded rows of the anchor's location table
 * @param zips            ZIP centroids fed to its load script
 * @param total           the total its statement answers (matching firms)
 */
record Anchor(Path script, long locationsLoaded, int zips, long total) {

    static final String DATABASE = "bench_anchor";
    static final Path DIRECTORY = Path.of("benchmarks", "directory-anchor");

    static Anchor load(BenchmarkPostgres postgres, Path workDir) throws IOException, InterruptedException, SQLException {
        postgres.createAnchorDatabase();
        Path centroids = workDir.resolve("anchor-zip-centroids.csv");
        int zips = writeCentroids(centroids);
        List<String> command = List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", postgres.host(),
                "-p", String.valueOf(postgres.port()), "-U", BenchmarkPostgres.DATABASE, "-d", DATABASE,
                "-f", DIRECTORY.resolve("load.sql").toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(centroids.toFile());
        Map<String, String> env = new HashMap<>(Pgbench.env());
        env.put("PGOPTIONS", "--client-min-messages=warning");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        Path script = DIRECTORY.resolve("search.sql");
        Properties credentials = new Properties();
        credentials.setProperty("user", BenchmarkPostgres.DATABASE);
        credentials.setProperty("password", BenchmarkPostgres.DATABASE);
        try (Connection connection = DriverManager.getConnection(
                postgres.jdbcUrl().replace("/" + BenchmarkPostgres.DATABASE, "/" + DATABASE), credentials);
             Statement statement = connection.createStatement()) {
            long locations;
            try (ResultSet rows = statement.executeQuery("select count(*) from location")) {
                rows.next();
                locations = rows.getLong(1);
            }
            try (ResultSet answer = statement.executeQuery(Files.readString(script).strip().replaceAll(";$", ""))) {
                answer.next();
                return new Anchor(script, locations, zips, answer.getLong("total"));
            }
        }
    }

    /** The Census ZCTA points of libs/geo's ZIP list, as the anchor's load script reads them: zip,lat,lng. */
    private static int writeCentroids(Path file) throws IOException {
        List<String> lines = new ArrayList<>(List.of("zip,latitude,longitude"));
        try (InputStream in = ZipPlaces.class.getResourceAsStream("/org/jewelers/geo/us-zip-places.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                // zip,city,state,latitude,longitude,time_zone,point_source: no field holds a comma.
                String[] fields = line.split(",");
                if (fields[6].equals("census-zcta")) {
                    lines.add(fields[0] + "," + fields[3] + "," + fields[4]);
                }
            }
        }
        Files.write(file, lines);
        return lines.size() - 1;
    }
}
