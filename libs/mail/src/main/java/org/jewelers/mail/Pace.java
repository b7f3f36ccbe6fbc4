package org.jewelers.mail;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** The sender's pace within one round: at most so many messages a second, each one waiting for its turn. */
final class Pace {

    private final int perSecond;
    private final long startedAt = System.nanoTime();
    private long sent;

    Pace(int perSecond) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("mail.max-per-second must be at least 1, was " + perSecond);
        }
        this.perSecond = perSecond;
    }

    /** Counts a message sent and waits until the next one's turn. */
    void sent() {
        sent++;
        long wait = startedAt + TimeUnit.SECONDS.toNanos(sent) / perSecond - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
