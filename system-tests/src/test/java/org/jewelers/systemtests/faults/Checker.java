package org.jewelers.systemtests.faults;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.Topics;
import org.jewelers.devstack.App;
import org.jewelers.systemtests.RunningSystem;
import org.jewelers.testing.TopicReader;

/**
 * Checks the history against what the system holds once every fault has healed: each object's final state is one
 * its writes allow (a single writer per object, so its writes are ordered), every acknowledged write is there
 * once, every refused one is not, every unknown one resolves one way or the other, and every event a committed
 * change produced has been processed by each consumer group that reads its topic.
 */
final class Checker {

    private static final Duration SETTLE = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final History history;
    private final FaultFixture fixture;
    private final Clients clients;
    private final Calls calls;
    private final ServiceTables tables;
    private final Verdict verdict = new Verdict();
    private final Map<String, String> finalStandings = new HashMap<>();

    Checker(History history, FaultFixture fixture, Clients clients, Calls calls, ServiceTables tables) {
        this.history = history;
        this.fixture = fixture;
        this.clients = clients;
        this.calls = calls;
        this.tables = tables;
    }

    Verdict check() throws Exception {
        standings();
        jobs();
        submits();
        scores();
        events();
        return verdict;
    }

    /** Walks each firm's writes in order against the directory's audit history, then its final standing. */
    private void standings() throws Exception {
        Map<String, Integer> records = tables.standingChangesByReason();
        for (Map.Entry<String, List<Operation>> firm : history.byTarget(Operation.Kind.STANDING).entrySet()) {
            String effective = "active";
            for (Operation operation : firm.getValue()) {
                int applied = records.getOrDefault(operation.tag(), 0);
                if (applied > 1) {
                    verdict.violation(Verdict.DUPLICATED, operation + " is in the history " + applied + " times");
                }
                switch (operation.outcome()) {
                    case OK -> {
                        // A write of the standing the firm already had changes nothing and records nothing.
                        if (applied == 0 && !operation.value().equals(effective)) {
                            verdict.violation(Verdict.LOST, operation + " is not in the firm's history");
                        }
                    }
                    case FAILED -> {
                        if (applied > 0) {
                            verdict.violation(Verdict.REFUSED_APPLIED, operation + " is in the firm's history");
                        }
                    }
                    case UNKNOWN -> verdict.resolved(applied > 0);
                }
                if (applied > 0) {
                    effective = operation.value();
                }
            }
            JsonNode member = get("/api/v1/members/" + firm.getKey(), fixture.staff);
            String standing = member.path("standing").asText();
            finalStandings.put(firm.getKey(), standing);
            if (!standing.equals(effective)) {
                verdict.violation(Verdict.LOST, "firm " + firm.getKey() + " stands " + standing
                        + " but its last write that took effect set " + effective);
            }
        }
    }

    private void jobs() {
        Map<String, Integer> postings = tables.jobsByTitle();
        for (Operation operation : history.of(Operation.Kind.JOB)) {
            int count = postings.getOrDefault(Clients.JOB_TITLE + operation.tag(), 0);
            if (count > 1) {
                verdict.violation(Verdict.DUPLICATED, operation + " was posted " + count + " times");
            }
            switch (operation.outcome()) {
                case OK -> {
                    if (count == 0) {
                        verdict.violation(Verdict.LOST, operation + " is not among the postings");
                    }
                }
                case FAILED -> {
                    if (count > 0) {
                        verdict.violation(Verdict.REFUSED_APPLIED, operation + " is among the postings");
                    }
                }
                case UNKNOWN -> verdict.resolved(count > 0);
            }
        }
    }

    /**
     * An unknown submit is resolved as its client would: by sending it again under the same key, which must answer
     * the receipt again if the first one took effect, and submit now if it did not. Either way the entry then has
     * exactly one submitted event.
     */
    private void submits() throws Exception {
        Set<String> submitted = new HashSet<>();
        for (Operation operation : history.of(Operation.Kind.SUBMIT)) {
            String token = clients.entrantOf(operation.target());
            boolean applied = "submitted".equals(get("/api/v1/entries/" + operation.target(), token)
                    .path("status").asText());
            switch (operation.outcome()) {
                case OK -> {
                    if (!applied) {
                        verdict.violation(Verdict.LOST, operation + " left the entry a draft");
                    }
                }
                case FAILED -> {
                    if (applied) {
                        verdict.violation(Verdict.REFUSED_APPLIED, operation + " submitted the entry");
                    }
                }
                case UNKNOWN -> {
                    Calls.Answer retry = calls.send("POST", "/api/v1/entries/" + operation.target() + "/submit", token,
                            Map.of(), Map.of("Idempotency-Key", operation.tag()));
                    boolean replayed = "true".equals(retry.header("Idempotent-Replayed"));
                    if (retry.status() != 200 || replayed != applied) {
                        verdict.violation(Verdict.UNRESOLVED, operation + " retried under its key answered "
                                + retry.status() + " replayed=" + replayed + " though the entry was "
                                + (applied ? "submitted" : "a draft"));
                    }
                    verdict.resolved(applied);
                    applied = retry.status() == 200;
                }
            }
            if (applied) {
                submitted.add(operation.target());
            }
        }
        Map<String, Integer> events = new HashMap<>();
        for (ConsumerRecord<String, String> record : TopicReader.readAll(RunningSystem.kafkaBootstrap(),
                Topics.COMPETITION_ENTRIES.name())) {
            JsonNode event = JSON.readTree(record.value());
            if (EventTypes.ENTRY_SUBMITTED.equals(event.path("type").asText())) {
                events.merge(event.path("subject").asText(), 1, Integer::sum);
            }
        }
        for (String entry : submitted) {
            int count = events.getOrDefault(entry, 0);
            if (count == 0) {
                verdict.violation(Verdict.EVENTS_MISSING, "entry " + entry + " is submitted but no event says so");
            } else if (count > 1) {
                verdict.violation(Verdict.DUPLICATED, "entry " + entry + " was announced submitted " + count + " times");
            }
        }
    }

    /** A score is a register: it must hold the last acknowledged value, or a value written after it with no answer. */
    private void scores() {
        for (Map.Entry<String, List<Operation>> entry : history.byTarget(Operation.Kind.SCORE).entrySet()) {
            List<Operation> writes = entry.getValue();
            Set<String> allowed = new HashSet<>();
            boolean acknowledged = false;
            for (int i = writes.size() - 1; i >= 0 && !acknowledged; i--) {
                Operation write = writes.get(i);
                if (write.outcome() != Operation.Outcome.FAILED) {
                    allowed.add(write.value());
                }
                acknowledged = write.outcome() == Operation.Outcome.OK;
            }
            Optional<Integer> held = tables.score(UUID.fromString(entry.getKey()), FaultFixture.JUDGE,
                    FaultFixture.CRITERION);
            boolean legal = held.map(value -> allowed.contains(String.valueOf(value))).orElse(!acknowledged);
            if (!legal) {
                verdict.violation(Verdict.LOST, "entry " + entry.getKey() + " holds score " + held.orElse(null)
                        + " where its writes allow only " + allowed);
            }
            writes.stream().filter(write -> write.outcome() == Operation.Outcome.UNKNOWN)
                    .forEach(write -> verdict.resolved(held.map(value -> String.valueOf(value).equals(write.value()))
                            .orElse(false)));
        }
    }

    private void events() throws Exception {
        for (App service : List.of(App.DIRECTORY, App.CAREERS, App.COMPETITION)) {
            settle(() -> tables.pendingEvents(service) == 0, Verdict.EVENTS_MISSING,
                    () -> service.module() + " still holds " + tables.pendingEvents(service) + " unsent events");
        }
        Set<UUID> memberEvents = eventIds(Topics.DIRECTORY_MEMBERS.name());
        for (App consumer : List.of(App.CAREERS, App.COMPETITION)) {
            settle(() -> missing(memberEvents, tables.processedEvents(consumer, ".member-firms")).isEmpty(),
                    Verdict.EVENTS_MISSING, () -> consumer.module() + " has not processed "
                            + missing(memberEvents, tables.processedEvents(consumer, ".member-firms")));
        }
        Set<UUID> jobEvents = eventIds(Topics.CAREERS_JOBS.name());
        settle(() -> missing(jobEvents, tables.processedEvents(App.DIRECTORY, ".jobs")).isEmpty(),
                Verdict.EVENTS_MISSING, () -> "the directory has not processed "
                        + missing(jobEvents, tables.processedEvents(App.DIRECTORY, ".jobs")));
        for (App consumer : List.of(App.CAREERS, App.COMPETITION)) {
            settle(() -> offStandings(consumer).isEmpty(), Verdict.READ_MODELS_OFF,
                    () -> consumer.module() + "'s copy differs for " + offStandings(consumer));
        }
        settle(() -> missing(tables.careersJobIds(), tables.directoryOpenJobIds()).isEmpty(), Verdict.READ_MODELS_OFF,
                () -> "the directory lacks open jobs " + missing(tables.careersJobIds(), tables.directoryOpenJobIds()));
    }

    private List<String> offStandings(App consumer) {
        Map<String, String> copy = tables.memberFirmStandings(consumer);
        List<String> off = new ArrayList<>();
        finalStandings.forEach((firm, standing) -> {
            if (!standing.equals(copy.get(firm))) {
                off.add(firm + " " + copy.get(firm) + " instead of " + standing);
            }
        });
        return off;
    }

    private void settle(Supplier<Boolean> condition, String check, Supplier<String> failure) {
        try {
            await(check).atMost(SETTLE).pollInterval(Duration.ofMillis(500)).until(condition::get);
        } catch (ConditionTimeoutException e) {
            verdict.violation(check, failure.get());
        }
    }

    private static Set<UUID> eventIds(String topic) throws Exception {
        Set<UUID> ids = new HashSet<>();
        for (ConsumerRecord<String, String> record : TopicReader.readAll(RunningSystem.kafkaBootstrap(), topic)) {
            ids.add(UUID.fromString(JSON.readTree(record.value()).path("id").asText()));
        }
        return ids;
    }

    private static <T> Set<T> missing(Set<T> expected, Set<T> present) {
        Set<T> missing = new HashSet<>(expected);
        missing.removeAll(present);
        return missing;
    }

    private JsonNode get(String path, String token) throws Exception {
        Calls.Answer answer = calls.send("GET", path, token, null, Map.of());
        if (answer.status() != 200) {
            throw new IllegalStateException("the checker's read of " + path + " answered " + answer.status()
                    + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }
}
