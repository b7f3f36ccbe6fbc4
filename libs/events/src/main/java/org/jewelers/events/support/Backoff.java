package org.jewelers.events.support;

import java.time.Duration;

/** Doubling pauses between retries of an unavailable dependency, up to a ceiling. */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private Duration next;

    public Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    public void pause(StopSignal signal) {
        signal.pause(next);
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
    }

    public void reset() {
        next = initial;
    }
}
