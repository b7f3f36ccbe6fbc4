package org.jewelers.benchmarks.directory;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jewelers.benchmarks.gateway.ProcessCpu;
import org.jewelers.benchmarks.load.OpenLoad;
import org.jewelers.geo.ZipPlaces;
import org.jewelers.testing.Infrastructure;

/**
 * The directory's search measured beside pgbench running the very statements the service runs, and beside the
 * issue's anchor (one hand-written statement for the ZIP search's question, {@link Anchor}), in one run: a
 * PostgreSQL with 100,000 generated members, the service as a child process, then for a ZIP + 25-mile search with
 * one service filter and for a text search:
 *
 * <ol>
 *   <li>the statements of one request captured from the server's log and turned into a pgbench script;</li>
 *   <li>throughput: wrk (50 connections) against the service, with the service's processor time per request;
 *       pgbench (50 clients) with the script; for the ZIP search, pgbench (50 clients) with the anchor;</li>
 *   <li>latency at half the service's throughput: the open-model {@link OpenLoad} against the service, pgbench
 *       {@code -R} at the same rate with the script and, for the ZIP search, with the anchor.</li>
 * </ol>
 *
 * Prints the report and writes it to {@code benchmarks/results/directory-search-<date>.md}. Progress goes to stderr.
 * Any answer that is not a 2xx, or any failed pgbench transaction, stops the run (exit status 1); the report then
 * says so first and keeps only the measurements completed before.
 */
public final class DirectoryBenchmark {

    static final double RADIUS_MILES = 25;
    static final String ZIP = "10001";
    static final String SERVICE = "repair";
    static final String TEXT = "whitfield";
    /** Shorter runs (e.g. -Dbenchmark.throughput-seconds=3) only to try the benchmark out; the recorded figures use the defaults. */
    static final Duration WARMUP = seconds("benchmark.warmup-seconds", 15);
    static final Duration THROUGHPUT_RUN = seconds("benchmark.throughput-seconds", 30);
    static final Duration LATENCY_RUN = seconds("benchmark.latency-seconds", 30);
    static final double RATE_SHARE = 0.5;
    private static final Duration IDLE_PATIENCE = Duration.ofMinutes(5);
    private static final List<String> CHECK_ZIPS = List.of(ZIP, "60601", "94103", "30303");

    private DirectoryBenchmark() {
    }

    static String zipSearch(String zip) {
        return "/api/v1/members?zip=" + zip + "&radius=" + (int) RADIUS_MILES + "&service=" + SERVICE;
    }

    static String textSearch() {
        return "/api/v1/members?q=" + TEXT;
    }

    public static void main(String[] args) throws Exception {
        String command = System.getProperty("benchmark.command", "java " + DirectoryBenchmark.class.getName());
        Path workDir = Files.createDirectories(Path.of("benchmarks", "target", "directory-benchmark"));
        DirectoryReport.Builder report = new DirectoryReport.Builder(LocalDate.now(), command);
        progress("starting PostgreSQL and Kafka");
        try (BenchmarkPostgres postgres = BenchmarkPostgres.start()) {
            postgres.createDirectoryDatabase();
            String kafka = Infrastructure.kafka().bootstrapServers();
            report.servers(postgres, Infrastructure.kafka().isManaged());
            progress("starting directory-service (" + String.join(" ", DirectoryService.JVM_OPTIONS) + ")");
            try (DirectoryService service = DirectoryService.start(postgres, kafka, workDir)) {
                run(report, postgres, service, workDir);
            }
        } catch (Exception | Error e) {
            // Loudly, with what was measured before the failure kept in the report, marked as a failed run.
            e.printStackTrace();
            report.failed(e.toString());
        }
        DirectoryReport finished = report.build();
        String markdown = finished.markdown();
        Path file = Path.of("benchmarks", "results", "directory-search-" + finished.date() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown);
        System.out.print(markdown);
        progress("written to " + file.toAbsolutePath());
        // Shutdown hooks stop the broker; exit rather than wait on any client thread left behind.
        System.exit(finished.failed() ? 1 : 0);
    }

    private static void run(DirectoryReport.Builder report, BenchmarkPostgres postgres, DirectoryService directoryService,
                            Path workDir) throws Exception {
        URI service = directoryService.url();
        ProcessCpu cpu = ProcessCpu.of(ProcessHandle.of(directoryService.pid()).orElseThrow());
        progress("loading the anchor (" + Anchor.DIRECTORY + ")");
        Anchor anchor = Anchor.load(postgres, workDir);
        report.anchor(anchor);
        SearchCheck check = new SearchCheck(service);
        List<List<String>> taxonomy = check.taxonomy();
        ZipPlaces zips = ZipPlaces.load();
        progress("generating " + GeneratedDirectory.MEMBERS + " members with " + GeneratedDirectory.LOCATIONS + " locations");
        GeneratedDirectory directory = GeneratedDirectory.generate(zips, taxonomy.get(0), taxonomy.get(1));
        long loadStart = System.nanoTime();
        try (Connection connection = postgres.connect()) {
            DirectoryLoader.load(directory, connection);
        }
        report.loaded(directory, Duration.ofNanos(System.nanoTime() - loadStart));
        progress("checking searches against the generated data");
        String textFirm = directory.firms().stream().filter(GeneratedDirectory.Firm::isListed)
                .filter(f -> f.name().toLowerCase(Locale.ROOT).contains(TEXT)).findFirst().orElseThrow().name();
        report.checks(check.verify(directory, zips, CHECK_ZIPS, SERVICE, textFirm));

        progress("capturing the statements of one request of each search");
        List<StatementCapture.CapturedRequest> captured = new StatementCapture(postgres, service)
                .capture(List.of(zipSearch(ZIP), textSearch()));
        List<Search> searches = new ArrayList<>();
        for (int i = 0; i < captured.size(); i++) {
            String name = i == 0 ? "zip" : "text";
            Path script = workDir.resolve(name + ".sql");
            Files.writeString(script, captured.get(i).pgbenchScript());
            searches.add(new Search(i == 0 ? "ZIP " + ZIP + " + " + (int) RADIUS_MILES + " mi + service " + SERVICE
                    : "text '" + TEXT + "'", service.resolve(captured.get(i).path()), script, captured.get(i)));
        }

        report.searches(searches);
        Pgbench pgbench = new Pgbench(postgres, workDir);
        Pgbench anchorBench = new Pgbench(postgres, workDir, Anchor.DATABASE);
        // Each search measured to the end before the next: if the second cannot be measured, the first is complete.
        // The anchor answers the first search's question: it runs beside that one.
        for (Search search : searches) {
            boolean anchored = search == searches.get(0);
            measureThroughput(report, postgres, pgbench, search, cpu);
            if (anchored) {
                measureAnchorThroughput(report, postgres, anchorBench, anchor);
            }
            measureLatency(report, postgres, pgbench, search);
            if (anchored) {
                measureAnchorLatency(report, postgres, anchorBench, anchor, search);
            }
        }
    }

    private static void measureAnchorThroughput(DirectoryReport.Builder report, BenchmarkPostgres postgres,
                                                Pgbench anchorBench, Anchor anchor) throws Exception {
        progress("throughput, anchor: pgbench " + anchor.script());
        postgres.awaitIdle(IDLE_PATIENCE);
        anchorBench.throughput(anchor.script(), WARMUP);
        Pgbench.Throughput tps = requireNoFailures(anchorBench.throughput(anchor.script(), THROUGHPUT_RUN));
        progress("throughput, anchor: " + Math.round(tps.tps()) + " tps");
        report.anchorThroughput(tps);
    }

    private static void measureAnchorLatency(DirectoryReport.Builder report, BenchmarkPostgres postgres,
                                             Pgbench anchorBench, Anchor anchor, Search search) throws Exception {
        double rate = Math.round(report.serviceThroughput(search) * RATE_SHARE * 10) / 10.0;
        progress("latency, anchor: pgbench -R " + rate);
        postgres.awaitIdle(IDLE_PATIENCE);
        Pgbench.AtRate atRate = anchorBench.atRate(anchor.script(), rate, WARMUP, LATENCY_RUN);
        if (atRate.failed() > 0) {
            throw new IllegalStateException("pgbench had failed transactions:\n" + atRate.output());
        }
        progress("latency, anchor p99 " + atRate.millisAt(99) + " ms");
        report.anchorLatency(atRate);
    }

    private static void measureThroughput(DirectoryReport.Builder report, BenchmarkPostgres postgres, Pgbench pgbench,
                                          Search search, ProcessCpu cpu) throws Exception {
        progress("throughput, service: wrk " + search.url());
        require(Wrk.run(search.url(), WARMUP), "wrk warm-up");
        postgres.awaitIdle(IDLE_PATIENCE);
        Duration cpuBefore = cpu.used();
        Wrk.Result wrk = require(Wrk.run(search.url(), THROUGHPUT_RUN), "wrk");
        Duration serviceCpu = cpu.used().minus(cpuBefore);
        if (wrk.requests() == 0) {
            throw new IllegalStateException("wrk got no answer at all in " + THROUGHPUT_RUN + ":\n" + wrk.output());
        }
        progress("throughput, service: " + Math.round(wrk.requestsPerSecond()) + " req/s; now pgbench " + search.script());
        postgres.awaitIdle(IDLE_PATIENCE);
        pgbench.throughput(search.script(), WARMUP);
        Pgbench.Throughput tps = requireNoFailures(pgbench.throughput(search.script(), THROUGHPUT_RUN));
        progress("throughput, pgbench: " + Math.round(tps.tps()) + " tps");
        report.throughput(search, wrk, tps, serviceCpu);
    }

    private static void measureLatency(DirectoryReport.Builder report, BenchmarkPostgres postgres, Pgbench pgbench,
                                       Search search) throws Exception {
        double rate = Math.round(report.serviceThroughput(search) * RATE_SHARE * 10) / 10.0;
        postgres.awaitIdle(IDLE_PATIENCE);
        progress("latency at " + rate + " req/s, service: open model " + search.url());
        OpenLoad.Result open = OpenLoad.run(new OpenLoad.Settings(search.url(), rate, LATENCY_RUN, WARMUP, Map.of(),
                Wrk.CONNECTIONS, Wrk.TIMEOUT));
        if (!open.allSucceeded()) {
            throw new IllegalStateException("not every answer was a 2xx: " + open.summary());
        }
        progress("latency, service p99 " + open.millisAt(99) + " ms; now pgbench -R " + rate);
        postgres.awaitIdle(IDLE_PATIENCE);
        Pgbench.AtRate atRate = pgbench.atRate(search.script(), rate, WARMUP, LATENCY_RUN);
        if (atRate.failed() > 0) {
            throw new IllegalStateException("pgbench had failed transactions:\n" + atRate.output());
        }
        progress("latency, pgbench p99 " + atRate.millisAt(99) + " ms");
        report.latency(search, open, atRate);
    }

    /** One of the two searches: its name, its URL on the service, and its captured statements as a pgbench script. */
    record Search(String name, URI url, Path script, StatementCapture.CapturedRequest captured) {
    }

    private static Wrk.Result require(Wrk.Result result, String what) {
        if (!result.noFailures()) {
            throw new IllegalStateException(what + ": not every answer was a 2xx (non-2xx " + result.non2xx()
                    + ", socket errors " + result.socketErrors() + "):\n" + result.output());
        }
        return result;
    }

    private static Pgbench.Throughput requireNoFailures(Pgbench.Throughput result) {
        if (result.failed() > 0) {
            throw new IllegalStateException("pgbench had failed transactions:\n" + result.output());
        }
        return result;
    }

    private static Duration seconds(String property, long defaultSeconds) {
        return Duration.ofSeconds(Long.getLong(property, defaultSeconds));
    }

    static void progress(String message) {
        System.err.println("[directory-benchmark] " + message);
    }
}
