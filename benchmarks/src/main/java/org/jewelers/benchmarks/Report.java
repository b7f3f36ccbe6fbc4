package org.jewelers.benchmarks;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** The figures as Markdown: one summary table against the targets, then the details behind it. */
final class Report {

    static final double MIN_EVENTS_PER_SECOND = 5_000;
    static final double MIN_SHARE_OF_KAFKA = 0.1;
    static final double MAX_P99_RATIO = 10;

    record BurstRound(RelayBurst.Result relay, KafkaTools.ProducerPerformance kafka) {
    }

    private final Setting setting;
    private final String loadAtEnd;
    private final int recordSize;
    private final List<BurstRound> rounds;
    private final RelayLatency.Result latency;
    private final KafkaTools.EndToEndLatency endToEnd;

    Report(Setting setting, String loadAtEnd, int recordSize, List<BurstRound> rounds, RelayLatency.Result latency,
           KafkaTools.EndToEndLatency endToEnd) {
        this.setting = setting;
        this.loadAtEnd = loadAtEnd;
        this.recordSize = recordSize;
        this.rounds = rounds;
        this.latency = latency;
        this.endToEnd = endToEnd;
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Outbox relay beside Kafka, ").append(setting.date()).append("\n\n");
        out.append(summary()).append('\n');
        out.append(burstDetails()).append('\n');
        out.append(latencyDetails()).append('\n');
        out.append(settingDetails());
        return out.toString();
    }

    private String summary() {
        double relayRate = median(rounds.stream().map(round -> round.relay().eventsPerSecond()).toList());
        double kafkaRate = median(rounds.stream().map(round -> round.kafka().recordsPerSecond()).toList());
        double relayP99 = millis(latency.fromIntended(), 99);
        double relayP50 = millis(latency.fromIntended(), 50);
        return String.join("\n",
                "| measure | outbox relay | Kafka alone | target | result |",
                "|---|---|---|---|---|",
                row("burst of " + count(RelayBurst.EVENTS) + " events committed at once, median of " + rounds.size()
                                + " rounds",
                        count(relayRate) + " events/s", count(kafkaRate) + " records/s (ProducerPerformance)",
                        "relay ≥ " + count(MIN_EVENTS_PER_SECOND) + " events/s",
                        relayRate >= MIN_EVENTS_PER_SECOND ? "met" : "**missed**"),
                row("", "", "", "relay ≥ 1/10 of Kafka (≥ " + count(kafkaRate * MIN_SHARE_OF_KAFKA) + " events/s)",
                        relayRate >= kafkaRate * MIN_SHARE_OF_KAFKA ? "met" : "**missed**"),
                row("latency p50, " + RelayLatency.RATE + " events/s for " + RelayLatency.DURATION.toSeconds() + " s",
                        ms(relayP50), endToEnd.p50Millis() + " ms (EndToEndLatency)", "", ""),
                row("latency p99", ms(relayP99), endToEnd.p99Millis() + " ms (EndToEndLatency)",
                        "relay ≤ " + count(MAX_P99_RATIO) + " × Kafka (≤ " + ms(MAX_P99_RATIO * endToEnd.p99Millis()) + ")",
                        latencyVerdict(relayP99)),
                "",
                "Relay latency is counted from the time each event was due by the schedule (open model), to the moment"
                        + " the consumer's handler saw it. Record value: " + recordSize + " bytes on both sides.",
                "");
    }

    /** Kafka prints whole milliseconds rounded down, so its true p99 lies in [printed, printed + 1) ms. */
    private String latencyVerdict(double relayP99) {
        if (relayP99 <= MAX_P99_RATIO * endToEnd.p99Millis()) {
            return "met";
        }
        if (relayP99 < MAX_P99_RATIO * (endToEnd.p99Millis() + 1)) {
            return "**undecided**: met only if Kafka's true p99 (printed rounded down) is ≥ " + ms(relayP99 / MAX_P99_RATIO);
        }
        return "**missed**";
    }

    private String burstDetails() {
        StringBuilder out = new StringBuilder("## Burst throughput\n\n");
        out.append("| round | relay: commit to last acknowledgement | relay events/s | appending the events (before the commit, not timed) | Kafka ProducerPerformance records/s |\n");
        out.append("|---|---|---|---|---|\n");
        for (int i = 0; i < rounds.size(); i++) {
            RelayBurst.Result relay = rounds.get(i).relay();
            out.append(row(String.valueOf(i + 1), ms(relay.commitToLastAck().toNanos() / 1e6), count(relay.eventsPerSecond()),
                    ms(relay.append().toNanos() / 1e6), count(rounds.get(i).kafka().recordsPerSecond()))).append('\n');
        }
        RelayBurst.Result first = rounds.get(0).relay();
        out.append(String.format(Locale.ROOT, "%nRelay record values (the CloudEvent JSON as the relay sent it): mean %.1f, "
                        + "%d to %d bytes; each also has a key (`item-<seq>`) and a `content-type` header. "
                        + "ProducerPerformance sent %d random bytes per record, without key or header.%n",
                first.valueBytes(), first.minValueBytes(), first.maxValueBytes(), recordSize));
        return out.toString();
    }

    private String latencyDetails() {
        Histogram intended = latency.fromIntended();
        Histogram commitCall = latency.fromCommitCall();
        return String.join("\n",
                "## Latency",
                "",
                "| path | events | p50 | p90 | p99 | p99.9 | max |",
                "|---|---|---|---|---|---|---|",
                latencyRow("relay, from the intended commit time", intended),
                latencyRow("relay, from the commit call", commitCall),
                latencyRow("relay stage alone: commit call to its sent_at (set after Kafka acked)", latency.relayStage()),
                row("Kafka EndToEndLatency (closed loop; whole ms, rounded down; mean " + ms(endToEnd.averageMillis()) + ")",
                        count(RelayLatency.EVENTS), endToEnd.p50Millis() + " ms", "", endToEnd.p99Millis() + " ms",
                        endToEnd.p999Millis() + " ms", ""),
                "",
                String.format(Locale.ROOT, "The handler saw %d of %d measured events. The writer started its most belated"
                                + " event %s after the time it was due.",
                        latency.seen(), RelayLatency.EVENTS, ms(latency.maxWriterLag().toNanos() / 1e6)),
                "");
    }

    private String latencyRow(String path, Histogram histogram) {
        return row(path, count(histogram.getTotalCount()), ms(millis(histogram, 50)), ms(millis(histogram, 90)),
                ms(millis(histogram, 99)), ms(millis(histogram, 99.9)), ms(histogram.getMaxValue() / 1000.0));
    }

    private String settingDetails() {
        return String.join("\n",
                "## Setting",
                "",
                "- command: `" + setting.command() + "`",
                "- machine: " + setting.cpus() + " cores (nproc), " + setting.os() + ", " + setting.java(),
                "- load average (1 min): " + setting.loadAtStart() + " at the start, " + loadAtEnd + " at the end",
                "- " + setting.kafka(),
                "- " + setting.postgres(),
                "- Kafka throughput, each round: `" + rounds.get(0).kafka().command() + "`",
                "- Kafka latency: `" + endToEnd.command() + "`",
                "");
    }

    private static double millis(Histogram microseconds, double percentile) {
        return microseconds.getValueAtPercentile(percentile) / 1000.0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    private static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f ms", millis);
    }
}
