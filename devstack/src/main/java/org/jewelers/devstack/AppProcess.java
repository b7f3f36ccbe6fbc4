package org.jewelers.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One app running as a child JVM with its own heap, its output appended to its log file. */
final class AppProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final App app;
    private final URI url;
    private final Path log;
    private final Process process;

    private AppProcess(App app, URI url, Path log, Process process) {
        this.app = app;
        this.url = url;
        this.log = log;
        this.process = process;
    }

    static AppProcess start(App app, Path jar, StackOptions.Jvm jvm, int port, Map<String, String> env, Path log) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests install)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm.options());
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                // Not the checkout: Quarkus would pick up a stray .env or config/application.properties there.
                .directory(log.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        try {
            return new AppProcess(app, URI.create("http://127.0.0.1:" + port), log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + app.module(), e);
        }
    }

    App app() {
        return app;
    }

    URI url() {
        return url;
    }

    long pid() {
        return process.pid();
    }

    /** True once /q/health/ready answers 200; fails if the process has exited, pointing at its log. */
    boolean isReady() {
        if (!process.isAlive()) {
            throw new IllegalStateException(app.module() + " exited with " + process.exitValue() + "; see " + log);
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

    /** Asks the app to stop (SIGTERM); Quarkus then shuts down gracefully. */
    void requestStop() {
        process.destroy();
    }

    /** SIGKILL, as the kernel's OOM killer or a lost machine would end it; returns once the process is gone. */
    void kill() {
        try {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void awaitStopped() {
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
