package org.jewelers.systemtests.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jewelers.devstack.App;
import org.jewelers.devstack.Faults;
import org.jewelers.devstack.Link;
import org.jewelers.systemtests.RunningSystem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fault suite: clients keep writing through the gateway while a nemesis stops the broker, kills services with
 * SIGKILL, cuts and freezes services' database connections and freezes the gateway's link to a service, each at
 * least twice; then a checker compares the history of operations with what the system holds. Functional outcomes
 * are asserted; recovery times are printed.
 *
 * <p>Runs in a JVM of its own (the {@code fault-suite} execution of this module, which runs the tests tagged
 * {@code faults}), whose stack has its links.
 */
@Tag("faults")
class FaultSuiteTest {

    private static final int MINIMUM_OPERATIONS = 2_000;
    private static final Duration HOLD = Duration.ofSeconds(5);
    private static final Duration DOWN = Duration.ofSeconds(2);

    private final ServiceTables tables = new ServiceTables();
    private final Faults faults = RunningSystem.faults();
    private final History history = new History();
    private final Calls calls = new Calls(RunningSystem.gatewayUrl());
    private FaultFixture fixture;

    @Test
    void losesNothingAcknowledgedAndAppliesNothingTwiceUnderFaults() throws Exception {
        fixture = new FaultFixture(RunningSystem.tokens(), tables);
        List<Nemesis.Injected> injected;
        Verdict verdict;
        try (Clients clients = new Clients(fixture, history, calls)) {
            clients.start();
            injected = new Nemesis(history).run(schedule());
            await("at least " + MINIMUM_OPERATIONS + " operations").atMost(Duration.ofMinutes(5))
                    .until(() -> history.size() >= MINIMUM_OPERATIONS);
            clients.close();
            verdict = new Checker(history, fixture, clients, calls, tables).check();
        }

        report(injected, verdict);
        assertTrue(history.size() >= MINIMUM_OPERATIONS, "operations: " + history.size());
        Map<String, Long> inFlight = new TreeMap<>();
        injected.forEach(fault -> inFlight.merge(fault.fault().kind(), fault.operationsInFlight() > 0 ? 1L : 0L,
                Long::sum));
        assertEquals(5, inFlight.size(), "kinds of fault injected: " + inFlight.keySet());
        inFlight.forEach((kind, count) -> assertTrue(count >= 2,
                kind + " was injected only " + count + " times while operations were in flight"));
        assertEquals(0, verdict.violations(), verdict.report());
    }

    /** Each kind of fault twice, interleaved, on the services whose clients are busiest with it. */
    private List<Nemesis.Fault> schedule() {
        List<Nemesis.Fault> schedule = new ArrayList<>();
        schedule.add(brokerStopped());
        schedule.add(killed(App.DIRECTORY));
        schedule.add(databaseCut(App.DIRECTORY));
        schedule.add(databaseFrozen(App.COMPETITION));
        schedule.add(upstreamFrozen(App.CAREERS));
        schedule.add(killed(App.COMPETITION));
        schedule.add(brokerStopped());
        schedule.add(databaseCut(App.CAREERS));
        schedule.add(databaseFrozen(App.DIRECTORY));
        schedule.add(upstreamFrozen(App.DIRECTORY));
        return schedule;
    }

    private Nemesis.Fault brokerStopped() {
        return new Nemesis.Fault("broker stopped", "kafka", faults::stopBroker, HOLD, faults::startBroker,
                this::eventsFlow);
    }

    private Nemesis.Fault killed(App service) {
        return new Nemesis.Fault("service killed (SIGKILL)", service.shortName(), () -> faults.kill(service), DOWN,
                () -> faults.restart(service), answers(service));
    }

    private Nemesis.Fault databaseCut(App service) {
        Link link = faults.databaseLink(service);
        return new Nemesis.Fault("database connections cut", service.shortName(), link::cut, DOWN, () -> {
        }, answers(service));
    }

    private Nemesis.Fault databaseFrozen(App service) {
        Link link = faults.databaseLink(service);
        return new Nemesis.Fault("database connections frozen", service.shortName(), link::freeze, HOLD,
                link::unfreeze, answers(service));
    }

    private Nemesis.Fault upstreamFrozen(App service) {
        Link link = faults.upstreamLink(service);
        return new Nemesis.Fault("gateway upstream frozen", service.shortName(), link::freeze, HOLD, link::unfreeze,
                answers(service));
    }

    /** A read through the gateway that needs the service and its database. */
    private Callable<Boolean> answers(App service) {
        String path = switch (service) {
            case DIRECTORY -> "/api/v1/members/" + fixture.probeFirm;
            case CAREERS -> "/api/v1/jobs/" + fixture.probeJob;
            case COMPETITION -> "/api/v1/entries/" + fixture.judgedEntries.get(0);
            case GATEWAY -> throw new IllegalArgumentException("the gateway is not an upstream");
        };
        String token = service == App.COMPETITION ? fixture.judgedEntrantToken : fixture.staff;
        return () -> calls.send("GET", path, token, null, Map.of()).status() == 200;
    }

    /** After the broker comes back, a standing change made now must reach careers' copy of the firm. */
    private Boolean eventsFlow() throws Exception {
        String standing = "grace".equals(tables.memberFirmStandings(App.CAREERS).get(fixture.probeFirm.toString()))
                ? "active" : "grace";
        calls.send("POST", "/api/v1/members/" + fixture.probeFirm + "/standing", fixture.staff,
                Map.of("standing", standing, "reason", "probe"), Map.of());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                standing.equals(tables.memberFirmStandings(App.CAREERS).get(fixture.probeFirm.toString())));
        return true;
    }

    private void report(List<Nemesis.Injected> injected, Verdict verdict) {
        StringBuilder report = new StringBuilder("\nfault suite: figures\n");
        Map<Operation.Kind, long[]> byKind = new EnumMap<>(Operation.Kind.class);
        for (Operation operation : history.all()) {
            long[] counts = byKind.computeIfAbsent(operation.kind(), kind -> new long[3]);
            counts[operation.outcome().ordinal()]++;
        }
        report.append(String.format("  operations: %d (ok %d, failed %d, unknown %d)%n", history.size(),
                history.count(Operation.Outcome.OK), history.count(Operation.Outcome.FAILED),
                history.count(Operation.Outcome.UNKNOWN)));
        byKind.forEach((kind, counts) -> report.append(String.format("    %-9s ok %5d  failed %4d  unknown %4d%n",
                kind.name().toLowerCase(), counts[0], counts[1], counts[2])));
        report.append(String.format("  faults injected: %d%n", injected.size()));
        report.append(String.format("    %-30s %-12s %10s %8s %8s %12s%n", "fault", "target", "in flight", "held ms",
                "heal ms", "recovery ms"));
        for (Nemesis.Injected fault : injected) {
            report.append(String.format("    %-30s %-12s %10d %8d %8d %12d%n", fault.fault().kind(), fault.fault().target(),
                    fault.operationsInFlight(), fault.held().toMillis(), fault.healingTime().toMillis(),
                    fault.recovery().toMillis()));
        }
        report.append("    (held: fault in place; heal: restart or unfreeze; recovery: from healed to the first good"
                + " answer, for the broker to an event reaching careers)\n");
        report.append(String.format("  unknown outcomes resolved: %d applied, %d not applied (or overwritten)%n",
                verdict.unknownApplied(), verdict.unknownNotApplied()));
        report.append(verdict.report());
        System.out.println(report);
    }
}
