package org.jewelers.benchmarks.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.jewelers.benchmarks.load.OpenLoad;
import org.jewelers.devstack.App;
import org.jewelers.devstack.DevStack;
import org.jewelers.devstack.DevTokens;
import org.jewelers.devstack.StackOptions;

/**
 * One member search called three ways in the same run: directly on directory-service, through the gateway (with a
 * partner key, rate limiting on, the key's limit far above the load) and through nginx as a plain reverse proxy.
 * First the throughput of each (wrk, closed loop, same connections and duration, rounds interleaved so that a
 * change in the machine's load hits all three alike), then the latency of each at a fixed rate of half the direct
 * maximum (open model). Every answer must be a 2xx, or the run fails. See benchmarks/README.md.
 */
public final class GatewayBenchmark {

    static final String SEARCH = "/api/v1/members?zip=10001&radius=25";
    static final int ROUNDS = 3;
    /**
     * Long enough for the full JIT to settle on 2 cores: after 10 s the compiler threads still used 63 % of the
     * gateway's processor time during the rounds (a JFR recording, 2026-12-03), which the rounds then counted as the
     * gateway's cost per request.
     */
    static final Duration WARMUP = Duration.ofSeconds(45);
    static final Duration ROUND = Duration.ofSeconds(15);
    static final Duration OPEN_DURATION = Duration.ofSeconds(30);
    static final Duration OPEN_WARMUP = Duration.ofSeconds(5);
    /** The benchmark key's limits: the most the API allows a minute, far above what 2 cores can send. */
    static final int KEY_PER_MINUTE = 1_000_000;
    static final int KEY_PER_DAY = 100_000_000;

    enum Target {
        DIRECT("directory-service directly"),
        GATEWAY("through the gateway"),
        NGINX("through nginx");

        final String label;

        Target(String label) {
            this.label = label;
        }
    }

    record Call(URI url, Map<String, String> headers) {
    }

    /** One wrk round, and the processor time the service and the proxy in front of it used per request. */
    record Round(Wrk.Result wrk, double serviceCpuMillis, double proxyCpuMillis) {
    }

    private GatewayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String command = System.getProperty("benchmark.command", "benchmarks/run-gateway-benchmark.sh");
        Path work = Files.createTempDirectory("gateway-benchmark");
        String loadAtStart = loadAverage();
        GatewayReport report;
        progress("starting the system (PostgreSQL, Kafka, the three services, the gateway) in " + work);
        Path apps = snapshotApps(work);
        DevStack stack = new DevStack(StackOptions.forTests(apps, work.resolve("stack"))
                .withJvm(StackOptions.Jvm.PRODUCTION));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "benchmark-stop"));
        try (stack; Nginx nginx = Nginx.proxyTo(stack.start().url(App.DIRECTORY), work.resolve("nginx"))) {
            Map<Target, ProcessCpu> proxies = new EnumMap<>(Target.class);
            proxies.put(Target.GATEWAY, ProcessCpu.ofJar(jar(apps, App.GATEWAY)));
            proxies.put(Target.NGINX, nginx.cpu());
            ProcessCpu service = ProcessCpu.ofJar(jar(apps, App.DIRECTORY));
            String key = createPartnerKey(stack.gatewayUrl());
            Map<Target, Call> calls = new EnumMap<>(Target.class);
            calls.put(Target.DIRECT, new Call(stack.url(App.DIRECTORY).resolve(SEARCH), Map.of()));
            calls.put(Target.GATEWAY, new Call(stack.gatewayUrl().resolve(SEARCH), Map.of("X-Api-Key", key)));
            calls.put(Target.NGINX, new Call(nginx.url().resolve(SEARCH), Map.of()));
            int found = checkSameAnswer(calls);

            for (Target target : Target.values()) {
                progress("warming up " + target.label + " for " + WARMUP.toSeconds() + " s");
                requireAll2xx(target, Wrk.run(calls.get(target).url(), calls.get(target).headers(), WARMUP));
            }
            Map<Target, List<Round>> rounds = new EnumMap<>(Target.class);
            for (int round = 1; round <= ROUNDS; round++) {
                for (Target target : Target.values()) {
                    ProcessCpu proxy = proxies.get(target);
                    Duration serviceBefore = service.used();
                    Duration proxyBefore = proxy == null ? Duration.ZERO : proxy.used();
                    Wrk.Result result = Wrk.run(calls.get(target).url(), calls.get(target).headers(), ROUND);
                    requireAll2xx(target, result);
                    Round measured = new Round(result, perRequest(service.used().minus(serviceBefore), result),
                            proxy == null ? 0 : perRequest(proxy.used().minus(proxyBefore), result));
                    progress(String.format(Locale.ROOT, "round %d, %s: %.0f requests/s; processor time per request:"
                                    + " service %.2f ms, proxy %.2f ms", round, target.label,
                            result.requestsPerSecond(), measured.serviceCpuMillis(), measured.proxyCpuMillis()));
                    rounds.computeIfAbsent(target, ignored -> new ArrayList<>()).add(measured);
                }
            }
            double rate = Math.floor(GatewayReport.median(rounds.get(Target.DIRECT)) / 2);
            Map<Target, OpenLoad.Result> latencies = new EnumMap<>(Target.class);
            for (Target target : Target.values()) {
                progress(String.format(Locale.ROOT, "%s at a fixed %.0f requests/s for %d s", target.label, rate,
                        OPEN_DURATION.toSeconds()));
                OpenLoad.Result result = openLoad(OpenLoad.Settings.of(calls.get(target).url(), rate,
                        OPEN_DURATION).withWarmup(OPEN_WARMUP).withHeaders(calls.get(target).headers()));
                progress(result.summary());
                if (!result.allSucceeded()) {
                    throw new IllegalStateException(target.label + ": not every request was answered with a 2xx: "
                            + result.summary());
                }
                latencies.put(target, result);
            }
            report = new GatewayReport(LocalDate.now(), command, loadAtStart, loadAverage(), found, rate, rounds,
                    latencies, Wrk.version(), Nginx.version(), Nginx.configuration(stack.url(App.DIRECTORY), "<port>",
                    Path.of("<temp>")));
        }
        String markdown = report.markdown();
        Path file = Path.of("benchmarks", "results", "gateway-" + LocalDate.now() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown);
        System.out.println(markdown);
        progress("report written to " + file);
        System.exit(0);
    }

    /**
     * One open-model run, measured again once when OpenLoad fails only because its own event loop took over 10 s to
     * close (seen on a machine with a load average above 40): the figures of that run are lost with the failure.
     */
    private static OpenLoad.Result openLoad(OpenLoad.Settings settings) throws InterruptedException {
        try {
            return OpenLoad.run(settings);
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof TimeoutException)) {
                throw e;
            }
            progress("the load generator did not close in time (an overloaded machine); measuring again");
            return OpenLoad.run(settings);
        }
    }

    private static double perRequest(Duration cpu, Wrk.Result result) {
        return cpu.toNanos() / 1e6 / result.requests();
    }

    private static Path jar(Path apps, App app) {
        return apps.resolve(app.module()).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    /**
     * Copies each app as built into the work folder, laid out as in the checkout, and answers that folder: a build in
     * the checkout during the run (other work on the same machine) cannot pull an app's jars away from under it.
     */
    private static Path snapshotApps(Path work) throws IOException {
        Path root = work.resolve("apps");
        for (App app : App.values()) {
            Path built = Path.of(app.module(), "target", "quarkus-app");
            if (!Files.isRegularFile(built.resolve("quarkus-run.jar"))) {
                throw new IllegalStateException(built + " is missing: build first (benchmarks/run-gateway-benchmark.sh"
                        + " does)");
            }
            Path copy = jar(root, app).getParent();
            try (Stream<Path> files = Files.walk(built)) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(built.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
        }
        return root;
    }

    /** A server key through the gateway's staff API, as a partner calling from its own server would be given one. */
    private static String createPartnerKey(URI gateway) throws IOException, InterruptedException {
        String body = new ObjectMapper().writeValueAsString(Map.of(
                "name", "Gateway benchmark",
                "type", "server",
                "requestsPerMinute", KEY_PER_MINUTE,
                "requestsPerDay", KEY_PER_DAY));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        gateway.resolve("/api/v1/api-keys"))
                .header("Authorization", "Bearer " + DevTokens.load().staff())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("creating the benchmark's partner key answered " + response.statusCode()
                    + ": " + response.body());
        }
        return new ObjectMapper().readTree(response.body()).path("secret").asText();
    }

    /** Each way answers the search with a 200 and the same firms; returns how many the search finds. */
    private static int checkSameAnswer(Map<Target, Call> calls) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        JsonNode expected = null;
        for (Map.Entry<Target, Call> call : calls.entrySet()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(call.getValue().url());
            call.getValue().headers().forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(call.getKey().label + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            JsonNode items = new ObjectMapper().readTree(response.body()).path("items");
            if (expected != null && !expected.equals(items)) {
                throw new IllegalStateException(call.getKey().label + " found other firms than the direct call");
            }
            expected = items;
        }
        if (expected == null || expected.isEmpty()) {
            throw new IllegalStateException("the search finds no firm: the demo data is missing");
        }
        return expected.size();
    }

    private static void requireAll2xx(Target target, Wrk.Result result) {
        if (!result.allSucceeded()) {
            throw new IllegalStateException(target.label + ": not every answer was a 2xx (" + result.non2xx()
                    + " non-2xx, " + result.socketErrors() + " socket errors):\n" + result.output());
        }
    }

    /** Other builds on the machine take cores from the benchmark: the load average shows how much. */
    static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
    }

    private static void progress(String message) {
        System.err.println("[gateway-benchmark] " + message);
    }
}
