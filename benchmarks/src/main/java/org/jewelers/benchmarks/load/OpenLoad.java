package org.jewelers.benchmarks.load;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.HdrHistogram.Histogram;

/**
 * An open-model load generator: request <i>i</i> is due at start + <i>i</i> / rate, whatever happened to the
 * requests before it, and its latency is counted from that due time. A closed-loop tool such as wrk waits for an
 * answer before it sends again, so a stalled server also stalls the load and its queueing delay never shows
 * (coordinated omission); here it shows in full.
 *
 * <p>One event-loop thread sends and receives, so on a 2-core machine the generator takes at most one core from
 * the system it measures. Requests beyond the connection pool wait in the client's queue, and that wait is part of
 * their latency, as it would be for real callers.
 */
public final class OpenLoad {

    /** How often the sender wakes up to send what has fallen due; sub-millisecond timers are not reliable. */
    private static final long TICK_MILLIS = 1;

    public record Settings(URI url, double rate, Duration duration, Duration warmup, Map<String, String> headers,
            int connections, Duration timeout) {

        public Settings {
            if (rate <= 0) {
                throw new IllegalArgumentException("rate must be positive");
            }
            headers = Map.copyOf(headers);
        }

        public static Settings of(URI url, double rate, Duration duration) {
            return new Settings(url, rate, duration, Duration.ofSeconds(5), Map.of(), 100, Duration.ofSeconds(10));
        }

        public Settings withHeaders(Map<String, String> extra) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.putAll(extra);
            return new Settings(url, rate, duration, warmup, all, connections, timeout);
        }

        public Settings withWarmup(Duration newWarmup) {
            return new Settings(url, rate, duration, newWarmup, headers, connections, timeout);
        }

        public Settings withConnections(int newConnections) {
            return new Settings(url, rate, duration, warmup, headers, newConnections, timeout);
        }
    }

    /**
     * Counts and latencies of the measured requests (warm-up excluded). Latencies are in microseconds, from each
     * request's due time to the end of its answer's body.
     */
    public record Result(Settings settings, long sent, long ok, long non2xx, long errors, long timeouts,
            double seconds, Histogram latencyMicros) {

        public double achievedRate() {
            return (ok + non2xx) / seconds;
        }

        public double millisAt(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }

        public double maxMillis() {
            return latencyMicros.getMaxValue() / 1000.0;
        }

        /** Every measured request was answered with a 2xx: the only outcome a benchmark may report figures for. */
        public boolean allSucceeded() {
            return ok == sent && sent > 0;
        }

        public String summary() {
            return String.format(
                    "open model %s at %.0f req/s for %ds: sent %d, 2xx %d, non-2xx %d, errors %d (timeouts %d), "
                            + "achieved %.0f req/s; latency ms p50 %.2f p90 %.2f p99 %.2f p99.9 %.2f max %.2f",
                    settings.url(), settings.rate(), settings.duration().toSeconds(), sent, ok, non2xx, errors,
                    timeouts, achievedRate(), millisAt(50), millisAt(90), millisAt(99), millisAt(99.9),
                    maxMillis());
        }
    }

    private OpenLoad() {
    }

    public static Result run(Settings settings) throws InterruptedException {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        try {
            return new Run(vertx, settings).execute();
        } finally {
            // The figures are taken by now: a close that lags on an overloaded machine must not throw them away.
            try {
                vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                System.err.println("the load generator's event loop did not close cleanly: " + e);
            }
        }
    }

    /** One run's state, touched only on the event loop until the latch says it is done. */
    private static final class Run {
        private final Settings settings;
        private final HttpClient client;
        private final Vertx vertx;
        private final long intervalNanos;
        private final long warmupRequests;
        private final long totalRequests;
        private final Histogram latency = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        private final CountDownLatch finished = new CountDownLatch(1);
        private long start;
        private long nextIndex;
        private long outstanding;
        private long ok;
        private long non2xx;
        private long errors;
        private long timeouts;

        Run(Vertx vertx, Settings settings) {
            this.vertx = vertx;
            this.settings = settings;
            this.client = vertx.createHttpClient(
                    new HttpClientOptions().setKeepAlive(true).setConnectTimeout(5_000),
                    new PoolOptions().setHttp1MaxSize(settings.connections()).setMaxWaitQueueSize(-1));
            this.intervalNanos = (long) (TimeUnit.SECONDS.toNanos(1) / settings.rate());
            this.warmupRequests = (long) (settings.warmup().toNanos() / (double) intervalNanos);
            this.totalRequests = warmupRequests + (long) (settings.duration().toNanos() / (double) intervalNanos);
        }

        Result execute() throws InterruptedException {
            vertx.runOnContext(ignored -> {
                start = System.nanoTime();
                vertx.setPeriodic(TICK_MILLIS, this::sendDue);
            });
            long patience = settings.warmup().plus(settings.duration()).plus(settings.timeout()).toMillis() + 10_000;
            if (!finished.await(patience, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the load run did not finish within " + patience + " ms");
            }
            long measured = totalRequests - warmupRequests;
            return new Result(settings, measured, ok, non2xx, errors, timeouts,
                    settings.duration().toNanos() / 1e9, latency);
        }

        private void sendDue(long timerId) {
            long due = Math.min(totalRequests, (System.nanoTime() - start) / intervalNanos + 1);
            while (nextIndex < due) {
                send(nextIndex++);
            }
            if (nextIndex == totalRequests) {
                vertx.cancelTimer(timerId);
                finishIfDone();
            }
        }

        private void send(long index) {
            long dueAt = start + index * intervalNanos;
            boolean measured = index >= warmupRequests;
            outstanding++;
            RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET)
                    .setAbsoluteURI(settings.url().toString()).setIdleTimeout(settings.timeout().toMillis());
            settings.headers().forEach(options::addHeader);
            client.request(options)
                    .compose(request -> request.send())
                    .compose(response -> response.body().map(body -> response))
                    .onComplete(outcome -> {
                        outstanding--;
                        if (measured) {
                            long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - dueAt);
                            latency.recordValue(Math.min(micros, latency.getHighestTrackableValue()));
                            count(outcome.succeeded() ? outcome.result() : null, outcome.cause());
                        }
                        finishIfDone();
                    });
        }

        private void count(HttpClientResponse response, Throwable failure) {
            if (response == null) {
                errors++;
                if (failure instanceof TimeoutException || String.valueOf(failure).contains("imeout")) {
                    timeouts++;
                }
            } else if (response.statusCode() / 100 == 2) {
                ok++;
            } else {
                non2xx++;
            }
        }

        private void finishIfDone() {
            if (nextIndex == totalRequests && outstanding == 0 && finished.getCount() > 0) {
                client.close();
                finished.countDown();
            }
        }
    }

    /**
     * {@code --url U --rate R [--duration S] [--warmup S] [--connections N] [--timeout S] [--header "Name: value"]...}
     * Prints the summary line; exits 1 unless every measured request was answered with a 2xx.
     */
    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> headers = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--header")) {
                headers.add(args[i + 1]);
            } else {
                options.put(args[i], args[i + 1]);
            }
        }
        if (!options.containsKey("--url") || !options.containsKey("--rate")) {
            System.err.println("usage: OpenLoad --url U --rate R [--duration S] [--warmup S] [--connections N] "
                    + "[--timeout S] [--header 'Name: value']...");
            System.exit(2);
        }
        Map<String, String> headerMap = new LinkedHashMap<>();
        for (String header : headers) {
            int colon = header.indexOf(':');
            headerMap.put(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
        }
        Settings settings = new Settings(URI.create(options.get("--url")), Double.parseDouble(options.get("--rate")),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("--duration", "30"))),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("--warmup", "5"))), headerMap,
                Integer.parseInt(options.getOrDefault("--connections", "100")),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("--timeout", "10"))));
        Result result = run(settings);
        System.out.println(result.summary());
        System.exit(result.allSucceeded() ? 0 : 1);
    }
}
