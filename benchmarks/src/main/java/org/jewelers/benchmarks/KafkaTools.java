package org.jewelers.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own performance tools, run as child processes from the jars the kafka-broker module resolved, against
 * the benchmark's broker. Their printed figures are taken as they are.
 */
final class KafkaTools {

    private static final String CLASSPATH_RESOURCE = "/org/jewelers/kafkabroker/classpath.txt";
    private static final String HEAP = "-Xmx256m";
    private static final long TIMEOUT_MINUTES = 10;
    // The closing total, not a 5-second window: "10000 records sent, 9910.8 records/sec (3.40 MB/sec), ... ms 50th, ..."
    private static final Pattern PRODUCER_TOTAL = Pattern.compile("^\\d+ records sent, ([\\d.]+) records/sec .* ms 50th");
    // "Avg latency: 1.2345 ms" then "Percentiles: 50th = 1, 99th = 2, 99.9th = 5" (whole milliseconds, rounded down)
    private static final Pattern AVERAGE = Pattern.compile("^Avg latency: ([\\d.]+) ms");
    private static final Pattern PERCENTILES = Pattern.compile("^Percentiles: 50th = (\\d+), 99th = (\\d+), 99\\.9th = (\\d+)");

    /** @param command the tool's command line as reported, with the class path abbreviated */
    record ProducerPerformance(double recordsPerSecond, String command) {
    }

    /** Percentiles in whole milliseconds as the tool prints them: each is the true value rounded down. */
    record EndToEndLatency(double averageMillis, long p50Millis, long p99Millis, long p999Millis, String command) {
    }

    private final String bootstrapServers;

    KafkaTools(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    ProducerPerformance producerPerformance(String topic, int records, int recordSize) {
        List<String> arguments = List.of("--topic", topic, "--num-records", String.valueOf(records),
                "--record-size", String.valueOf(recordSize), "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all", "enable.idempotence=true");
        List<String> output = run("org.apache.kafka.tools.ProducerPerformance", arguments);
        Matcher total = find(PRODUCER_TOTAL, output);
        return new ProducerPerformance(Double.parseDouble(total.group(1)),
                reported("org.apache.kafka.tools.ProducerPerformance", arguments));
    }

    /** Sends one message at a time and waits to consume it before the next: a closed loop as fast as it goes. */
    EndToEndLatency endToEndLatency(String topic, int messages, int messageSize) {
        List<String> arguments = List.of(bootstrapServers, topic, String.valueOf(messages), "all",
                String.valueOf(messageSize));
        List<String> output = run("org.apache.kafka.tools.EndToEndLatency", arguments);
        Matcher percentiles = find(PERCENTILES, output);
        return new EndToEndLatency(Double.parseDouble(find(AVERAGE, output).group(1)),
                Long.parseLong(percentiles.group(1)), Long.parseLong(percentiles.group(2)),
                Long.parseLong(percentiles.group(3)), reported("org.apache.kafka.tools.EndToEndLatency", arguments));
    }

    private static List<String> run(String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-cp", toolsClasspath(), mainClass));
        command.addAll(arguments);
        try {
            // Output to a file rather than a pipe, so that a tool that hangs still runs into the timeout.
            Path output = Files.createTempFile("kafka-tool-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean exited = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            if (!exited) {
                process.destroyForcibly();
            }
            List<String> lines = Files.readAllLines(output);
            Files.delete(output);
            if (!exited || process.exitValue() != 0) {
                throw new IllegalStateException(mainClass + " failed:\n" + String.join("\n", lines));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + mainClass, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + mainClass, e);
        }
    }

    private static Matcher find(Pattern pattern, List<String> output) {
        for (String line : output) {
            Matcher matcher = pattern.matcher(line.trim());
            if (matcher.find()) {
                return matcher;
            }
        }
        throw new IllegalStateException("no line matching " + pattern + " in:\n" + String.join("\n", output));
    }

    private static String reported(String mainClass, List<String> arguments) {
        return String.join(" ", "java", HEAP, "-cp", "<kafka-broker classpath.txt>", mainClass, String.join(" ", arguments));
    }

    private static String toolsClasspath() {
        try (InputStream in = KafkaTools.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing: build the kafka-broker module first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
