package org.jewelers.systemtests.faults;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The clients of the history, each a thread doing one operation at a time through the gateway: staff changing the
 * standing of the firms they own, an employer posting jobs, a judge revising scores, and entrants submitting
 * drafts at a steady pace (there are only so many drafts). Each client alone writes its objects, so that the
 * checker knows the order of every object's writes.
 */
final class Clients implements AutoCloseable {

    static final String JOB_TITLE = "Fault job ";
    private static final List<String> STANDINGS = List.of("grace", "lapsed", "suspended", "active");
    private static final int SCORE_CLIENTS = 2;
    private static final Duration UNKNOWN_BACKOFF = Duration.ofMillis(250);

    private final FaultFixture fixture;
    private final History history;
    private final Calls calls;
    private final ExecutorService loops = Executors.newCachedThreadPool();
    private final ScheduledExecutorService submits = Executors.newSingleThreadScheduledExecutor();
    private final Iterator<FaultFixture.Draft> drafts;
    private volatile boolean stopping;

    Clients(FaultFixture fixture, History history, Calls calls) {
        this.fixture = fixture;
        this.history = history;
        this.calls = calls;
        this.drafts = fixture.drafts.iterator();
    }

    static Map<String, Object> job(String title) {
        return Map.of("title", title, "area", "design-and-production", "employmentType", "full-time",
                "description", "Size, repair and set stones.", "howToApply", "Write to jobs@fault.example",
                "zip", "02903", "validThrough", LocalDate.now().plusDays(30).toString());
    }

    void start() {
        for (int client = 0; client < FaultFixture.STANDING_CLIENTS; client++) {
            List<UUID> firms = fixture.standingFirms.get(client);
            String name = "staff-" + client;
            loops.execute(() -> changeStandings(name, firms));
        }
        loops.execute(this::postJobs);
        for (int client = 0; client < SCORE_CLIENTS; client++) {
            int first = client;
            loops.execute(() -> score("judge-" + first, first));
        }
        submits.scheduleWithFixedDelay(this::submitNext, 1, 2, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        stopping = true;
        submits.shutdown();
        loops.shutdown();
        try {
            submits.awaitTermination(60, TimeUnit.SECONDS);
            loops.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Each firm's standing moves round a cycle of four, so consecutive writes of a firm always differ. */
    private void changeStandings(String client, List<UUID> firms) {
        for (int turn = 0; !stopping; turn++) {
            UUID firm = firms.get(turn % firms.size());
            String standing = STANDINGS.get((turn / firms.size()) % STANDINGS.size());
            Operation operation = history.invoke(client, Operation.Kind.STANDING, firm.toString(), standing);
            calls.perform(operation, "POST", "/api/v1/members/" + firm + "/standing", fixture.staff,
                    Map.of("standing", standing, "reason", operation.tag()), Map.of());
            backOffAfter(operation);
        }
    }

    private void postJobs() {
        while (!stopping) {
            Operation operation = history.invoke("employer", Operation.Kind.JOB, "employer", null);
            calls.perform(operation, "POST", "/api/v1/jobs", fixture.employerToken,
                    job(JOB_TITLE + operation.tag()), Map.of());
            backOffAfter(operation);
        }
    }

    /** A judge's client revises the scores of every other entry of the round, starting at {@code first}. */
    private void score(String client, int first) {
        List<UUID> entries = fixture.judgedEntries;
        for (int turn = 0; !stopping; turn++) {
            UUID entry = entries.get((first + SCORE_CLIENTS * turn) % entries.size());
            int value = 1 + (history.size() % 10);
            Operation operation = history.invoke(client, Operation.Kind.SCORE, entry.toString(), String.valueOf(value));
            calls.perform(operation, "PUT", "/api/v1/judging/rounds/" + fixture.round + "/entries/" + entry + "/scores",
                    fixture.judgeToken, Map.of("scores", Map.of(FaultFixture.CRITERION, value)), Map.of());
            backOffAfter(operation);
        }
    }

    /**
     * A client that got no answer waits a moment before its next request, as real clients back off, so that an
     * outage fills the history with a few hundred unknowns rather than thousands of instant refusals.
     */
    private static void backOffAfter(Operation operation) {
        if (operation.outcome() != Operation.Outcome.UNKNOWN) {
            return;
        }
        try {
            TimeUnit.MILLISECONDS.sleep(UNKNOWN_BACKOFF.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Submits carry an idempotency key: the checker later retries the unknown ones with the same key. */
    private void submitNext() {
        if (stopping || !drafts.hasNext()) {
            return;
        }
        FaultFixture.Draft draft = drafts.next();
        Operation operation = history.invoke("entrants", Operation.Kind.SUBMIT, draft.entry().toString(), "submitted");
        calls.perform(operation, "POST", "/api/v1/entries/" + draft.entry() + "/submit", draft.entrantToken(),
                Map.of(), Map.of("Idempotency-Key", operation.tag()));
    }

    /** The token the entrant of a draft uses. */
    String entrantOf(String entry) {
        return fixture.drafts.stream().filter(draft -> draft.entry().toString().equals(entry)).findFirst()
                .orElseThrow().entrantToken();
    }
}
