package org.jewelers.systemtests.faults;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** Every operation the clients invoked, in invocation order per client. */
final class History {

    private final AtomicInteger ids = new AtomicInteger();
    private final ConcurrentLinkedQueue<Operation> operations = new ConcurrentLinkedQueue<>();

    Operation invoke(String client, Operation.Kind kind, String target, String value) {
        Operation operation = new Operation(ids.incrementAndGet(), client, kind, target, value);
        operations.add(operation);
        return operation;
    }

    List<Operation> all() {
        List<Operation> all = new ArrayList<>(operations);
        all.sort(Comparator.comparingInt(Operation::id));
        return all;
    }

    List<Operation> of(Operation.Kind kind) {
        return all().stream().filter(operation -> operation.kind() == kind).toList();
    }

    /** Operations of one kind grouped by the object they wrote, each group in invocation order. */
    Map<String, List<Operation>> byTarget(Operation.Kind kind) {
        return of(kind).stream().collect(Collectors.groupingBy(Operation::target, Collectors.toList()));
    }

    int size() {
        return operations.size();
    }

    long count(Operation.Outcome outcome) {
        return operations.stream().filter(operation -> operation.outcome() == outcome).count();
    }

    long inFlightBetween(Instant from, Instant to) {
        return operations.stream().filter(operation -> operation.overlaps(from, to)).count();
    }
}
