package org.jewelers.benchmarks.directory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jewelers.kafkabroker.FreePorts;
import org.jewelers.testing.Tokens;

/**
 * directory-service as a child JVM, from its built jar, configured by environment variables as {@code ./run.sh}
 * configures it (database, Kafka, token key, loopback address). Its heap is larger than run.sh's 384 MB and its JIT
 * is the JVM's default: run.sh trades peak speed for a quick start of four apps; a benchmark wants the service as it
 * would run in production.
 *
 * <p>Not devstack's {@code AppProcess}: that class is internal to devstack and fixes the run command's JVM options.
 */
final class DirectoryService implements AutoCloseable {

    static final List<String> JVM_OPTIONS = List.of("-Xmx1g");
    private static final Path JAR = Path.of("directory-service", "target", "quarkus-app", "quarkus-run.jar");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final URI url;
    private final Path log;

    private DirectoryService(Process process, URI url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    static DirectoryService start(BenchmarkPostgres postgres, String kafkaBootstrap, Path workDir) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: build it first"
                    + " (./mvnw -pl directory-service -am package -DskipTests)");
        }
        int port = FreePorts.next();
        Path log = workDir.resolve("directory-service.log");
        Path publicKey = workDir.resolve("public-key.pem");
        // Search is public; the service still wants a key to verify tokens with, so it gets the tests' one.
        try (InputStream key = DirectoryService.class.getResourceAsStream("/org/jewelers/testing/jwt/public-key.pem")) {
            Files.copy(key, publicKey, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                // Not the checkout: Quarkus would pick up a stray .env or config/application.properties there.
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(Map.ofEntries(
                Map.entry("QUARKUS_HTTP_HOST", "127.0.0.1"),
                Map.entry("QUARKUS_HTTP_PORT", String.valueOf(port)),
                Map.entry("QUARKUS_MANAGEMENT_HOST", "127.0.0.1"),
                Map.entry("QUARKUS_MANAGEMENT_PORT", String.valueOf(FreePorts.next())),
                Map.entry("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl()),
                Map.entry("QUARKUS_DATASOURCE_USERNAME", BenchmarkPostgres.DATABASE),
                Map.entry("QUARKUS_DATASOURCE_PASSWORD", BenchmarkPostgres.DATABASE),
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap),
                Map.entry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toAbsolutePath().toString()),
                Map.entry("MP_JWT_VERIFY_AUDIENCES", Tokens.AUDIENCE),
                Map.entry("WEB_PUBLIC_BASE_URL", "http://127.0.0.1:" + port)));
        DirectoryService service = new DirectoryService(builder.start(), URI.create("http://127.0.0.1:" + port), log);
        service.awaitReady();
        return service;
    }

    URI url() {
        return url;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!isReady()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("directory-service was not ready within " + READY_TIMEOUT + "; see " + log);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for directory-service", e);
            }
        }
    }

    private boolean isReady() {
        if (!process.isAlive()) {
            throw new IllegalStateException("directory-service exited with " + process.exitValue() + "; see " + log);
        }
        HttpRequest request = HttpRequest.newBuilder(url.resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

}
