package org.jewelers.benchmarks.rush;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples a service's used heap from its Prometheus metrics, on its management interface, every 200 ms: the peak
 * says how close a rush comes to the heap the service runs with. A sample can miss a short peak between two reads, so the figure is a floor.
 */
final class HeapSampler implements AutoCloseable {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong peakBytes = new AtomicLong();
    private final URI metrics;

    HeapSampler(URI management) {
        this.metrics = management.resolve("/q/metrics");
        timer.scheduleAtFixedRate(this::sample, 0, 200, TimeUnit.MILLISECONDS);
    }

    long peakBytes() {
        return peakBytes.get();
    }

    private void sample() {
        try {
            String text = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(2)).build(),
                    BodyHandlers.ofString()).body();
            long used = text.lines()
                    .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                    .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
            peakBytes.accumulateAndGet(used, Math::max);
        } catch (Exception e) {
            // A missed sample under load is expected; the next one will do.
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
