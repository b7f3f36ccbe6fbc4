package org.jewelers.gateway.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The instances of one service, taken in turn (round-robin). A request is handed every instance once, starting with
 * the next in turn, so that it can go on to the others when one is down. SmallRye Stork's round-robin would pick
 * one instance and no more: it knows nothing of our breakers and cannot offer the rest of the turn.
 */
final class UpstreamPool {

    private final String service;
    private final List<UpstreamInstance> instances;
    private final AtomicInteger turn = new AtomicInteger();

    UpstreamPool(String service, List<UpstreamInstance> instances) {
        this.service = service;
        this.instances = List.copyOf(instances);
    }

    String service() {
        return service;
    }

    List<UpstreamInstance> instances() {
        return instances;
    }

    /** Every instance once, starting with the next in turn. */
    List<UpstreamInstance> inTurn() {
        int size = instances.size();
        if (size == 1) {
            return instances;
        }
        int first = Math.floorMod(turn.getAndIncrement(), size);
        List<UpstreamInstance> ordered = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ordered.add(instances.get((first + i) % size));
        }
        return ordered;
    }

    /** The instances' state when they all share it (not_ready, closed, open, half_open), otherwise "degraded". */
    String state() {
        String shared = instances.get(0).state();
        for (UpstreamInstance instance : instances) {
            if (!instance.state().equals(shared)) {
                return "degraded";
            }
        }
        return shared;
    }

    /** Seconds until the first open breaker lets a trial request pass. */
    long secondsUntilTrial() {
        return instances.stream().mapToLong(instance -> instance.breaker().secondsUntilTrial()).min().orElse(1);
    }
}
