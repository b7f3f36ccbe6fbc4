package org.jewelers.benchmarks;

import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.Histogram;
import org.jewelers.events.consumer.EventHandler;
import org.jewelers.events.consumer.HandlerContext;
import org.jewelers.events.envelope.EventEnvelope;

/**
 * The consumer's handler: records, in microseconds, how long ago each measured event was meant to be committed
 * (the time in its data) and how long ago its commit was called. Warm-up events only say the consumer is ready.
 */
final class LatencyRecorder implements EventHandler {

    private final String topic;
    private final AtomicLongArray commitCalledNanos;
    private final Histogram fromIntended = new Histogram(3);
    private final Histogram fromCommitCall = new Histogram(3);
    private final CountDownLatch warmedUp = new CountDownLatch(1);
    private final CountDownLatch measured;

    /** @param commitCalledNanos per seq, the System.nanoTime() at which the writer called commit */
    LatencyRecorder(String topic, AtomicLongArray commitCalledNanos) {
        this.topic = topic;
        this.commitCalledNanos = commitCalledNanos;
        this.measured = new CountDownLatch(commitCalledNanos.length());
    }

    @Override
    public String group() {
        return "relay-benchmark";
    }

    @Override
    public Set<String> topics() {
        return Set.of(topic);
    }

    @Override
    public void handle(EventEnvelope event, HandlerContext context) {
        long now = System.nanoTime();
        int seq = event.data().get("seq").asInt();
        if (seq < 0) {
            warmedUp.countDown();
            return;
        }
        fromIntended.recordValue(TimeUnit.NANOSECONDS.toMicros(now - event.data().get("intendedNanos").asLong()));
        fromCommitCall.recordValue(TimeUnit.NANOSECONDS.toMicros(now - commitCalledNanos.get(seq)));
        measured.countDown();
    }

    boolean awaitWarmedUp(long millis) throws InterruptedException {
        return warmedUp.await(millis, TimeUnit.MILLISECONDS);
    }

    boolean awaitMeasured(long millis) throws InterruptedException {
        return measured.await(millis, TimeUnit.MILLISECONDS);
    }

    /** Read these only after the consumer was closed, so that its thread no longer writes them. */
    Histogram fromIntended() {
        return fromIntended;
    }

    Histogram fromCommitCall() {
        return fromCommitCall;
    }
}
