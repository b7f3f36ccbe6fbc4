package org.jewelers.benchmarks.gateway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jewelers.benchmarks.gateway.GatewayBenchmark.Target;
import org.jewelers.benchmarks.load.OpenLoad;
import org.jewelers.devstack.StackOptions;

/** The figures as Markdown: the targets first, then each round, the latency distributions and the setting. */
final class GatewayReport {

    static final double MIN_SHARE_OF_DIRECT = 0.85;
    static final double MIN_SHARE_OF_NGINX = 0.8;
    static final double MAX_P99_OF_DIRECT = 1.3;

    private final LocalDate date;
    private final String command;
    private final String loadAtStart;
    private final String loadAtEnd;
    private final int firmsFound;
    private final double rate;
    private final Map<Target, List<GatewayBenchmark.Round>> rounds;
    private final Map<Target, OpenLoad.Result> latencies;
    private final String wrkVersion;
    private final String nginxVersion;
    private final String nginxConfiguration;

    GatewayReport(LocalDate date, String command, String loadAtStart, String loadAtEnd, int firmsFound, double rate,
                  Map<Target, List<GatewayBenchmark.Round>> rounds, Map<Target, OpenLoad.Result> latencies,
                  String wrkVersion, String nginxVersion, String nginxConfiguration) {
        this.date = date;
        this.command = command;
        this.loadAtStart = loadAtStart;
        this.loadAtEnd = loadAtEnd;
        this.firmsFound = firmsFound;
        this.rate = rate;
        this.rounds = rounds;
        this.latencies = latencies;
        this.wrkVersion = wrkVersion;
        this.nginxVersion = nginxVersion;
        this.nginxConfiguration = nginxConfiguration;
    }

    String markdown() {
        return String.join("\n",
                "# Gateway beside a direct call and nginx, " + date,
                "",
                summary(),
                "",
                roundDetails(),
                "",
                latencyDetails(),
                "",
                settingDetails());
    }

    private String summary() {
        double direct = median(rounds.get(Target.DIRECT));
        double gateway = median(rounds.get(Target.GATEWAY));
        double nginx = median(rounds.get(Target.NGINX));
        double directP99 = latencies.get(Target.DIRECT).millisAt(99);
        double gatewayP99 = latencies.get(Target.GATEWAY).millisAt(99);
        double nginxP99 = latencies.get(Target.NGINX).millisAt(99);
        return String.join("\n",
                "One member search (`GET " + GatewayBenchmark.SEARCH + "`, " + firmsFound + " firms in the answer), "
                        + "every answer a 2xx.",
                "",
                "| measure | direct | gateway | nginx | target | result |",
                "|---|---|---|---|---|---|",
                row("throughput, wrk " + Wrk.THREADS + " threads " + Wrk.CONNECTIONS + " connections "
                                + GatewayBenchmark.ROUND.toSeconds() + " s, median of " + GatewayBenchmark.ROUNDS
                                + " rounds",
                        perSecond(direct), perSecond(gateway), perSecond(nginx),
                        "gateway ≥ " + MIN_SHARE_OF_DIRECT + " × direct (≥ " + perSecond(direct * MIN_SHARE_OF_DIRECT)
                                + "); gateway/direct = " + ratio(gateway / direct),
                        verdict(gateway >= direct * MIN_SHARE_OF_DIRECT)),
                row("", "", "", "",
                        "gateway ≥ " + MIN_SHARE_OF_NGINX + " × nginx (≥ " + perSecond(nginx * MIN_SHARE_OF_NGINX)
                                + "); gateway/nginx = " + ratio(gateway / nginx),
                        verdict(gateway >= nginx * MIN_SHARE_OF_NGINX)),
                row(String.format(Locale.ROOT, "latency p99 at a fixed %.0f requests/s (half the direct maximum), "
                                + "open model, %d s", rate, GatewayBenchmark.OPEN_DURATION.toSeconds()),
                        millis(directP99), millis(gatewayP99), millis(nginxP99),
                        "gateway ≤ " + MAX_P99_OF_DIRECT + " × direct (≤ " + millis(directP99 * MAX_P99_OF_DIRECT)
                                + "); gateway/direct = " + ratio(gatewayP99 / directP99),
                        verdict(gatewayP99 <= directP99 * MAX_P99_OF_DIRECT)));
    }

    private String roundDetails() {
        List<String> lines = new ArrayList<>(List.of(
                "## Throughput, each round",
                "",
                "Rounds interleave the three ways (direct, gateway, nginx, then again), each after a "
                        + GatewayBenchmark.WARMUP.toSeconds() + " s warm-up of its own.",
                "",
                "| round | direct | gateway | nginx |",
                "|---|---|---|---|"));
        for (int round = 0; round < GatewayBenchmark.ROUNDS; round++) {
            int index = round;
            lines.add(row(String.valueOf(round + 1), perSecond(rounds.get(Target.DIRECT).get(index)
                            .wrk().requestsPerSecond()), perSecond(rounds.get(Target.GATEWAY).get(index).wrk()
                            .requestsPerSecond()),
                    perSecond(rounds.get(Target.NGINX).get(index).wrk().requestsPerSecond())));
        }
        lines.addAll(List.of(
                "",
                "Processor time per request during the rounds (the operating system's accounting of each process, "
                        + "divided by the requests wrk counted; median of the rounds). Unlike throughput it hardly "
                        + "depends on what else runs on the machine.",
                "",
                "| way | directory-service | proxy in front of it | together |",
                "|---|---|---|---|"));
        for (Target target : Target.values()) {
            double service = median(rounds.get(target), GatewayBenchmark.Round::serviceCpuMillis);
            double proxy = median(rounds.get(target), GatewayBenchmark.Round::proxyCpuMillis);
            lines.add(row(target.label, millis(service), target == Target.DIRECT ? "-" : millis(proxy),
                    millis(service + proxy)));
        }
        lines.add("");
        lines.add("Commands:");
        lines.add("");
        for (Target target : Target.values()) {
            lines.add("- " + target.label + ": `" + rounds.get(target).get(0).wrk().command() + "`");
        }
        return String.join("\n", lines);
    }

    private String latencyDetails() {
        List<String> lines = new ArrayList<>(List.of(
                "## Latency at a fixed rate",
                "",
                String.format(Locale.ROOT, "`org.jewelers.benchmarks.load.OpenLoad`: request *i* due at start + *i* / "
                        + "%.0f s, latency from its due time to the end of its answer, %d s measured after %d s of "
                        + "warm-up, up to 100 connections.", rate, GatewayBenchmark.OPEN_DURATION.toSeconds(),
                        GatewayBenchmark.OPEN_WARMUP.toSeconds()),
                "",
                "| way | sent | 2xx | achieved req/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms |",
                "|---|---|---|---|---|---|---|---|---|"));
        for (Target target : Target.values()) {
            OpenLoad.Result result = latencies.get(target);
            lines.add(row(target.label, String.valueOf(result.sent()), String.valueOf(result.ok()),
                    String.format(Locale.ROOT, "%.0f", result.achievedRate()), millis(result.millisAt(50)),
                    millis(result.millisAt(90)), millis(result.millisAt(99)), millis(result.millisAt(99.9)),
                    millis(result.maxMillis())));
        }
        return String.join("\n", lines);
    }

    private String settingDetails() {
        return String.join("\n",
                "## Setting",
                "",
                "- Command: `" + command + "` (one run; it starts everything itself and stops it at the end)",
                "- Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                        + System.getProperty("os.name") + " " + System.getProperty("os.version") + "; "
                        + System.getProperty("java.vm.name") + " " + Runtime.version(),
                "- **Shared machine**: other builds and tests ran on the same 2 cores during the run. Load average "
                        + "at start " + loadAtStart + ", at end " + loadAtEnd + ". The load tools, nginx, the "
                        + "gateway, directory-service and PostgreSQL all share the same cores, so the three ways are "
                        + "compared in ratios within the run, never with figures of another run.",
                "- The system as `./run.sh` starts it (`org.jewelers.devstack.DevStack`, free ports, embedded "
                        + "PostgreSQL, a Kafka broker, the demo data), but each app's JVM run as the container image "
                        + "runs it (full JIT): `" + String.join(" ", StackOptions.Jvm.PRODUCTION.options())
                        + "`, the gateway with its default settings.",
                "- Gateway: a partner's server key in `X-Api-Key`, created through `POST /api/v1/api-keys` with "
                        + GatewayBenchmark.KEY_PER_MINUTE + " requests a minute and " + GatewayBenchmark.KEY_PER_DAY
                        + " a day, so rate limiting runs on every request and never refuses one.",
                "- " + wrkVersion,
                "- nginx " + nginxVersion + " (Debian's package), configuration:",
                "",
                "```nginx",
                nginxConfiguration.strip(),
                "```",
                "");
    }

    static double median(List<GatewayBenchmark.Round> rounds) {
        return median(rounds, round -> round.wrk().requestsPerSecond());
    }

    static double median(List<GatewayBenchmark.Round> rounds, ToDoubleFunction<GatewayBenchmark.Round> figure) {
        List<Double> sorted = rounds.stream().map(figure::applyAsDouble).sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    private static String perSecond(double value) {
        return String.format(Locale.ROOT, "%,.0f req/s", value);
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.2f ms", value);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }
}
