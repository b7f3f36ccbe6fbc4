package org.jewelers.benchmarks.directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * pgbench running a captured script against the directory's database, as the directory's own role, with as many
 * clients as wrk has connections. {@code -M prepared}: the service's driver also runs its statements as server-side
 * prepared statements once it has seen them a few times.
 */
final class Pgbench {

    static final int CLIENTS = Wrk.CONNECTIONS;
    static final int THREADS = 2;

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    record Throughput(List<String> command, double tps, long transactions, long failed, String output) {
    }

    /**
     * A run at a fixed rate: latencies from pgbench's per-transaction log, where with {@code -R} each transaction's
     * time counts from its scheduled start, so queueing behind busy clients is included.
     */
    record AtRate(List<String> command, double rate, long transactions, long failed, double achievedRate,
                  Histogram latencyMicros, String output) {

        double millisAt(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private final BenchmarkPostgres postgres;
    private final Path workDir;
    private final String database;

    /** On the directory's database. */
    Pgbench(BenchmarkPostgres postgres, Path workDir) {
        this(postgres, workDir, BenchmarkPostgres.DATABASE);
    }

    /** On another database of the same server owned by the directory's role (the anchor's). */
    Pgbench(BenchmarkPostgres postgres, Path workDir, String database) {
        this.postgres = postgres;
        this.workDir = workDir;
        this.database = database;
    }

    Throughput throughput(Path script, Duration duration) throws IOException, InterruptedException {
        List<String> command = command(script, duration);
        String output = Tools.run(command, env());
        long failed = failed(output);
        return new Throughput(command, Double.parseDouble(Tools.find(TPS, output, command)),
                Long.parseLong(Tools.find(PROCESSED, output, command)), failed, output);
    }

    /** Runs for warm-up plus duration at the rate; transactions scheduled in the warm-up are left out. */
    AtRate atRate(Path script, double rate, Duration warmup, Duration duration) throws IOException, InterruptedException {
        Path logs = Files.createDirectories(workDir.resolve("pgbench-log-" + System.nanoTime()));
        List<String> command = new ArrayList<>(command(script, warmup.plus(duration)));
        command.addAll(command.size() - 1, List.of("-R", String.format(Locale.ROOT, "%.1f", rate), "--log",
                "--log-prefix=" + logs.resolve("tx")));
        String output = Tools.run(command, env());
        Histogram latency = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        List<long[]> transactions = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    // client_id transaction_no time script_no time_epoch time_us [schedule_lag]
                    String[] fields = line.strip().split("\\s+");
                    long end = Long.parseLong(fields[4]) * 1_000_000 + Long.parseLong(fields[5]);
                    transactions.add(new long[] {end - Long.parseLong(fields[2]), Long.parseLong(fields[2])});
                }
            }
        }
        long firstScheduled = transactions.stream().mapToLong(t -> t[0]).min().orElseThrow(
                () -> new IllegalStateException("pgbench logged no transaction:\n" + output));
        long measuredFrom = firstScheduled + warmup.toNanos() / 1000;
        long measured = 0;
        for (long[] transaction : transactions) {
            if (transaction[0] >= measuredFrom) {
                latency.recordValue(Math.min(transaction[1], latency.getHighestTrackableValue()));
                measured++;
            }
        }
        return new AtRate(command, rate, measured, failed(output), measured / (double) duration.toSeconds(), latency, output);
    }

    static String version() {
        try {
            return Tools.run(List.of("pgbench", "--version"), null).strip();
        } catch (IOException | IllegalStateException e) {
            return "pgbench (version unknown)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "pgbench (version unknown)";
        }
    }

    private List<String> command(Path script, Duration duration) {
        return new ArrayList<>(List.of("pgbench", "-n", "-M", "prepared", "-c", String.valueOf(CLIENTS),
                "-j", String.valueOf(THREADS), "-T", String.valueOf(duration.toSeconds()),
                "-h", postgres.host(), "-p", String.valueOf(postgres.port()), "-U", BenchmarkPostgres.DATABASE,
                "-f", script.toString(), database));
    }

    static Map<String, String> env() {
        return Map.of("PGPASSWORD", BenchmarkPostgres.DATABASE);
    }

    /** PostgreSQL 15's pgbench counts failed transactions; older ones abort the client and exit non-zero instead. */
    private static long failed(String output) {
        Matcher matcher = FAILED.matcher(output);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }
}
