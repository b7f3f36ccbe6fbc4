package org.jewelers.systemtests.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Injects one fault after another while the clients keep working: each fault is injected, held, healed, and then
 * the system is probed until it answers again. Between faults the clients get a spell of calm.
 */
final class Nemesis {

    private static final Duration CALM = Duration.ofSeconds(3);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(180);

    /** A fault: what breaks, for how long, how it heals, and what shows that the system answers again. */
    record Fault(String kind, String target, Runnable inject, Duration hold, Runnable heal, Callable<Boolean> recovered) {
    }

    /**
     * When a fault was injected, when healing began and ended (a restart takes a while), how many operations it
     * caught in flight, and when the system answered again.
     */
    record Injected(Fault fault, Instant injected, Instant healing, Instant healed, Instant recovered,
                    long operationsInFlight) {

        Duration held() {
            return Duration.between(injected, healing);
        }

        Duration healingTime() {
            return Duration.between(healing, healed);
        }

        /** From the end of healing (the broker or service up again, the link open) to the first good answer. */
        Duration recovery() {
            return Duration.between(healed, recovered);
        }
    }

    private final History history;

    Nemesis(History history) {
        this.history = history;
    }

    List<Injected> run(List<Fault> faults) {
        List<Injected> injected = new ArrayList<>();
        for (Fault fault : faults) {
            pause(CALM);
            Instant start = Instant.now();
            fault.inject().run();
            pause(fault.hold());
            Instant healing = Instant.now();
            fault.heal().run();
            Instant healed = Instant.now();
            await(fault.kind() + " on " + fault.target() + ": the system answers again")
                    .atMost(RECOVERY_LIMIT).pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions()
                    .until(fault.recovered());
            Instant recovered = Instant.now();
            Injected done = new Injected(fault, start, healing, healed, recovered, history.inFlightBetween(start, healing));
            injected.add(done);
            System.out.printf("fault suite: %s on %s healed in %d ms; answering again %d ms later%n",
                    fault.kind(), fault.target(), done.healingTime().toMillis(), done.recovery().toMillis());
        }
        return injected;
    }

    /** The nemesis keeps a schedule: the length of a fault is the point, not a condition to wait for. */
    private static void pause(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the nemesis was interrupted", e);
        }
    }
}
