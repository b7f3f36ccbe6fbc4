package org.jewelers.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.KafkaBroker;

/**
 * Measures the outbox relay beside Kafka's own tools in one run, on the same broker, with the same record size:
 * burst throughput against ProducerPerformance, latency at a steady rate against EndToEndLatency. Prints the
 * report and writes it to {@code benchmarks/results/relay-<date>.md} under the working directory.
 *
 * <p>Progress goes to stderr, so that stdout carries only the report.
 */
public final class RelayBenchmark {

    /** Several rounds, because other work on a 2-core machine makes a single burst of about a second noisy. */
    static final int BURST_ROUNDS = 3;

    private RelayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String command = System.getProperty("benchmark.command", "java " + RelayBenchmark.class.getName());
        progress("starting PostgreSQL and Kafka");
        Setting setting = Setting.describe(command);
        KafkaBroker broker = Infrastructure.kafka();
        String bootstrap = broker.bootstrapServers();
        KafkaTools tools = new KafkaTools(bootstrap);

        String kafkaBurstTopic = "bench.kafka.burst." + UUID.randomUUID();
        broker.createTopic(kafkaBurstTopic, BenchmarkEvents.PARTITIONS, Map.of());
        List<Report.BurstRound> rounds = new ArrayList<>();
        int recordSize = 0;
        for (int round = 1; round <= BURST_ROUNDS; round++) {
            progress("burst round " + round + ": relay");
            RelayBurst.Result relay = RelayBurst.run(bootstrap);
            if (round == 1) {
                // Fixed from the first round, so that every Kafka run sends one and the same size.
                recordSize = (int) Math.round(relay.valueBytes());
            }
            progress("burst round " + round + ": ProducerPerformance");
            rounds.add(new Report.BurstRound(relay,
                    tools.producerPerformance(kafkaBurstTopic, RelayBurst.EVENTS, recordSize)));
        }

        progress("latency: relay at " + RelayLatency.RATE + " events/s for " + RelayLatency.DURATION.toSeconds() + " s");
        RelayLatency.Result latency = RelayLatency.run(bootstrap);
        progress("latency: EndToEndLatency");
        String kafkaLatencyTopic = "bench.kafka.latency." + UUID.randomUUID();
        broker.createTopic(kafkaLatencyTopic, BenchmarkEvents.PARTITIONS, Map.of());
        KafkaTools.EndToEndLatency endToEnd = tools.endToEndLatency(kafkaLatencyTopic, RelayLatency.EVENTS, recordSize);

        Report report = new Report(setting, Setting.loadAverage(), recordSize, rounds, latency, endToEnd);
        String markdown = report.markdown();
        Path file = Path.of("benchmarks", "results", "relay-" + setting.date() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown);
        System.out.print(markdown);
        progress("written to " + file.toAbsolutePath());
        // The shutdown hooks stop the broker and PostgreSQL; exit rather than wait on any client thread left behind.
        System.exit(0);
    }

    private static void progress(String message) {
        System.err.println("[relay-benchmark] " + message);
    }
}
