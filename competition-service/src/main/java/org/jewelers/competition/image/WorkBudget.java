package org.jewelers.competition.image;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

/**
 * One PDF's allowance of work, checked from inside the work itself (decoding and drawing), since PDFBox ignores
 * thread interrupts: past its deadline, or once cancelled, the next check ends the work.
 */
final class WorkBudget {

    private final long maxStreamBytes;
    private final long maxOperators;
    private final Duration timeout;
    private final long deadline;
    private volatile boolean cancelled;
    /** Written by the one thread doing the work; read by tests watching it. */
    private volatile long operators;

    WorkBudget(long maxStreamBytes, long maxOperators, Duration timeout) {
        this.maxStreamBytes = maxStreamBytes;
        this.maxOperators = maxOperators;
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    static WorkBudget of(PdfLimits limits) {
        return new WorkBudget(limits.maxDecodedStreamBytes().asLongValue(), limits.maxRenderOperators(),
                limits.timeout());
    }

    long operators() {
        return operators;
    }

    void cancel() {
        cancelled = true;
    }

    void check() {
        if (cancelled || System.nanoTime() - deadline > 0) {
            throw new Exceeded("it cannot be processed within " + timeout.toMillis() / 1000.0 + " s");
        }
    }

    /** Counts one drawing operator against the budget. */
    void operator() {
        if (++operators > maxOperators) {
            throw new Exceeded("its first page takes more than " + maxOperators + " drawing operators to render");
        }
        check();
    }

    /** Passes on what a filter decodes, and stops it once a stream decodes to more than the budget allows. */
    OutputStream capped(OutputStream decoded) {
        return new FilterOutputStream(decoded) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                count(1);
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                count(length);
                out.write(bytes, offset, length);
            }

            private void count(int bytes) {
                written += bytes;
                if (written > maxStreamBytes) {
                    throw new Exceeded("a stream in it decodes to more than " + maxStreamBytes + " bytes");
                }
                check();
            }
        };
    }

    /**
     * Unchecked, so that no PDFBox code that recovers from damaged files (by catching IOException) carries on past
     * it; without a stack trace, as it is an answer rather than a fault.
     */
    static final class Exceeded extends RuntimeException {

        Exceeded(String reason) {
            super(reason, null, false, false);
        }
    }
}
