package org.jewelers.benchmarks.rush;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.jewelers.devstack.App;
import org.jewelers.devstack.DevStack;
import org.jewelers.devstack.DevTokens;
import org.jewelers.devstack.StackOptions;

/**
 * The rush before a CASE Awards deadline: 200 entrants, each at a different member firm, start at the same instant
 * and each creates a draft, uploads three JPEG photos of about 2 MB and submits, through the gateway of the whole
 * system as {@code ./run.sh} runs it (same heaps and settings). Reports p50/p99 per step and per entrant, the
 * errors (the goal is none) and the competition service's peak heap; afterwards staff must see every entry
 * submitted.
 */
public final class DeadlineRush {

    private static final int ENTRANTS = 200;
    private static final int PHOTOS_EACH = 3;
    private static final int PHOTO_BYTES = 2_000_000;
    /** The warm-up's concurrency: enough to warm every path, not a second rush. */
    private static final int WARM_UP_CALLERS = 8;

    private final Map<String, Histogram> steps = Map.of("draft", histogram(), "photo", histogram(),
            "submit", histogram(), "entrant", histogram());
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path data = Files.createTempDirectory("rush-benchmark-");
        System.err.println("starting the system (data in " + data + ") ...");
        DevStack stack = new DevStack(StackOptions.forTests(root, data));
        // The apps are child processes: stopped with this JVM however it ends, not only when the run completes.
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "rush-stop"));
        try (stack) {
            stack.start();
            String report = new DeadlineRush().run(stack);
            System.out.println(report);
            Path results = root.resolve("benchmarks/results/rush-" + LocalDate.now() + ".md");
            Files.writeString(results, report);
            System.err.println("written to " + results);
        }
    }

    private String run(DevStack stack) throws Exception {
        DevTokens tokens = DevTokens.load();
        String staff = tokens.staff();
        CompetitionApi api = new CompetitionApi(stack.gatewayUrl());
        List<String> firms = api.listedFirms(ENTRANTS);
        List<String> entrants = new ArrayList<>();
        for (int i = 0; i < ENTRANTS; i++) {
            entrants.add(tokens.mint("rush-entrant-" + i, "entrant", firms.get(i)));
        }
        List<byte[]> photos = Photos.ofAbout(PHOTO_BYTES, PHOTOS_EACH * 2, 42);
        List<CompetitionApi.PhotoForm> forms = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            forms.add(CompetitionApi.PhotoForm.of("photo-" + i + ".jpg", photos.get(i)));
        }

        System.err.println("warming up: each entrant submits one piece to a practice edition ...");
        warmUp(api, api.openEdition(staff, 2197, "Practice edition"), entrants, forms.get(0));

        String edition = api.openEdition(staff, 2198, "Deadline rush");
        System.err.println("the rush: " + ENTRANTS + " entrants at once ...");
        long wallNanos;
        long peakHeap;
        try (HeapSampler heap = new HeapSampler(stack.managementUrl(App.COMPETITION))) {
            wallNanos = rush(api, edition, entrants, forms);
            peakHeap = heap.peakBytes();
        }
        long submitted = api.submittedCount(staff, edition);
        return report(wallNanos, submitted, peakHeap, photos);
    }

    /**
     * Every entrant's firm must be known to the competition (from the directory's events) before the rush, and
     * every code path must be compiled: one small submission per entrant, retried while the firm is still unknown.
     */
    private static void warmUp(CompetitionApi api, String edition, List<String> entrants,
            CompetitionApi.PhotoForm photo)
            throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(WARM_UP_CALLERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String entrant : entrants) {
                done.add(callers.submit(() -> {
                    String entry = api.draft(entrant, edition, "Practice piece");
                    api.upload(entrant, entry, photo);
                    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                    while (true) {
                        try {
                            return api.submit(entrant, entry);
                        } catch (CompetitionApi.Refused notYetKnown) {
                            if (System.nanoTime() > deadline) {
                                throw notYetKnown;
                            }
                            TimeUnit.SECONDS.sleep(1);
                        }
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            callers.shutdownNow();
        }
    }

    private long rush(CompetitionApi api, String edition, List<String> entrants,
            List<CompetitionApi.PhotoForm> photos)
            throws InterruptedException {
        ExecutorService callers = Executors.newFixedThreadPool(ENTRANTS);
        CountDownLatch ready = new CountDownLatch(ENTRANTS);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(ENTRANTS);
        AtomicInteger number = new AtomicInteger();
        for (String entrant : entrants) {
            int n = number.getAndIncrement();
            callers.execute(() -> {
                ready.countDown();
                try {
                    go.await();
                    enter(api, edition, entrant, n, photos);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    errors.add("entrant " + n + ": " + e.getMessage());
                } finally {
                    finished.countDown();
                }
            });
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        finished.await(15, TimeUnit.MINUTES);
        long wall = System.nanoTime() - start;
        callers.shutdownNow();
        return wall;
    }

    private void enter(CompetitionApi api, String edition, String entrant, int n,
            List<CompetitionApi.PhotoForm> photos) {
        long began = System.nanoTime();
        String entry = timed("draft", () -> api.draft(entrant, edition, "Rush piece " + n));
        for (int i = 0; i < PHOTOS_EACH; i++) {
            CompetitionApi.PhotoForm photo = photos.get((n + i) % photos.size());
            timed("photo", () -> {
                api.upload(entrant, entry, photo);
                return null;
            });
        }
        timed("submit", () -> api.submit(entrant, entry));
        steps.get("entrant").recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - began));
    }

    private <T> T timed(String step, java.util.function.Supplier<T> call) {
        long began = System.nanoTime();
        T result = call.get();
        steps.get(step).recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - began));
        return result;
    }

    private String report(long wallNanos, long submitted, long peakHeap, List<byte[]> photos) {
        StringBuilder out = new StringBuilder();
        out.append("# Deadline rush: ").append(ENTRANTS).append(" entrants at once, ").append(PHOTOS_EACH)
                .append(" JPEG photos each\n\n");
        out.append("Command: `benchmarks/run-rush-benchmark.sh` (").append(LocalDate.now()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores; the whole system, the load "
                        + "generator included, shares them).\n\n");
        out.append(String.format("Photos: %s bytes (about 2 MB, camera-sized noise JPEGs).%n%n",
                photos.stream().map(p -> String.format("%,d", p.length)).toList()));
        out.append("| step | count | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        for (String step : List.of("draft", "photo", "submit", "entrant")) {
            Histogram h = steps.get(step);
            out.append(String.format("| %s | %d | %.0f | %.0f | %.0f |%n", step.equals("entrant")
                            ? "whole entrant (draft + 3 photos + submit)" : step, h.getTotalCount(),
                    h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                    h.getMaxValue() / 1000.0));
        }
        out.append(String.format("%nWall time from the start signal to the last submit: %.1f s.%n",
                wallNanos / 1e9));
        out.append(String.format("Errors: %d. Entries staff see as submitted: %d of %d.%n", errors.size(),
                submitted, ENTRANTS));
        out.append(String.format("Competition service's peak used heap (sampled every 200 ms): %d MiB "
                + "(it runs with -Xmx384m, as under ./run.sh).%n", peakHeap / (1024 * 1024)));
        errors.stream().limit(10).forEach(error -> out.append("\n- ").append(error));
        return out.toString();
    }

    private static Histogram histogram() {
        return new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(20), 3);
    }
}
