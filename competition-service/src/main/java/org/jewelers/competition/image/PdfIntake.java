package org.jewelers.competition.image;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jewelers.web.problem.ProblemException;

/**
 * Where uploaded PDFs are rebuilt and rendered: on a few threads of their own rather than the request threads, so
 * that however many arrive, other requests keep their threads and the service its cores; each within its
 * {@link WorkBudget}, which stops the work itself when its time is up.
 */
@Startup
@ApplicationScoped
public class PdfIntake {

    /** The PDFs being worked on now: back to 0 soon after any refusal, or the work was not stopped. */
    public static final String IN_FLIGHT = "competition.pdf.renders.in.flight";

    /** Room for the work to notice its own deadline and refuse with its reason before the caller gives up. */
    private static final long GRACE_MILLIS = 2_000;

    private final PdfLimits limits;
    private final ExecutorService workers;
    private final AtomicInteger inFlight = new AtomicInteger();

    PdfIntake(PdfLimits limits, MeterRegistry metrics) {
        this.limits = limits;
        this.workers = Executors.newFixedThreadPool(limits.maxConcurrentRenders(), threads());
        Gauge.builder(IN_FLIGHT, inFlight, AtomicInteger::get)
                .description("Uploaded PDFs being rebuilt and rendered now").register(metrics);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    PdfFile clean(byte[] pdf) {
        WorkBudget budget = WorkBudget.of(limits);
        AtomicBoolean started = new AtomicBoolean();
        Future<PdfFile> work = workers.submit(() -> {
            started.set(true);
            inFlight.incrementAndGet();
            try {
                return PdfFile.clean(pdf, budget);
            } finally {
                inFlight.decrementAndGet();
            }
        });
        try {
            return work.get(limits.timeout().toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            budget.cancel();
            work.cancel(true);
            throw started.get() ? refusal("it cannot be processed within " + limits.timeout().toSeconds() + " s")
                    : ImageRefused.busy();
        } catch (InterruptedException e) {
            budget.cancel();
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw ImageRefused.busy();
        } catch (ExecutionException e) {
            throw refusal(e.getCause());
        }
    }

    private static RuntimeException refusal(Throwable cause) {
        if (cause instanceof ProblemException problem) {
            return problem;
        }
        if (cause instanceof WorkBudget.Exceeded exceeded) {
            return refusal(exceeded.getMessage());
        }
        if (cause instanceof Error error) {
            throw error;
        }
        // PDFBox meets a damaged file with unchecked exceptions as often as with IOException.
        return ImageRefused.unprocessable("The PDF cannot be read: " + cause);
    }

    private static ProblemException refusal(String reason) {
        return ImageRefused.unprocessable("The PDF takes more work than accepted: " + reason);
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "pdf-intake-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
