package org.jewelers.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run command: {@code ./run.sh [--reset]} starts the whole system and stops it on Ctrl-C;
 * {@code ./run.sh token <role> [member-id]} prints a dev token.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        if (!arguments.isEmpty() && arguments.get(0).equals("token")) {
            printToken(arguments.subList(1, arguments.size()));
            return;
        }
        if (!arguments.isEmpty() && !arguments.equals(List.of("--reset"))) {
            System.err.println("usage: ./run.sh [--reset] | ./run.sh token " + DevTokens.rolesUsage());
            System.exit(2);
        }
        StackOptions options = StackOptions.forRunCommand(Path.of("").toAbsolutePath(), System.getenv());
        if (arguments.contains("--reset")) {
            wipe(options.dataDir());
        }
        DevStack stack = new DevStack(options);
        // Ctrl-C and kill (SIGINT, SIGTERM) run shutdown hooks: that is where every child process is stopped.
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "devstack-stop"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("The system did not start: " + e.getMessage());
            System.err.println("(If an app's database migrations changed since the data in " + options.dataDir()
                    + " was made, ./run.sh --reset starts again from fresh demo data.)");
            System.exit(1);
        }
        Banner.print(stack, Duration.between(startedAt(), Instant.now()), System.out);
        awaitShutdown();
    }

    private static void printToken(List<String> arguments) {
        if (arguments.isEmpty() || arguments.size() > 2) {
            System.err.println("usage: ./run.sh token " + DevTokens.rolesUsage());
            System.exit(2);
        }
        String role = arguments.get(0);
        try {
            System.out.println(DevTokens.load().mint("dev-" + role, role, arguments.size() == 2 ? arguments.get(1) : null));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /** run.sh passes the moment it started, so the reported time covers the whole command, not just this JVM. */
    private static Instant startedAt() {
        String fromScript = System.getenv("RUN_STARTED_MS");
        if (fromScript != null && fromScript.matches("\\d+")) {
            return Instant.ofEpochMilli(Long.parseLong(fromScript));
        }
        return ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
    }

    private static void wipe(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not wipe " + dataDir, e);
        }
        System.out.println("Wiped " + dataDir);
    }

    private static void awaitShutdown() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
