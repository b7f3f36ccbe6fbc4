package org.jewelers.systemtests;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jewelers.devstack.App;
import org.jewelers.devstack.DevStack;
import org.jewelers.devstack.DevTokens;
import org.jewelers.devstack.Faults;
import org.jewelers.devstack.ServiceDatabase;
import org.jewelers.devstack.StackOptions;

/**
 * The whole system, started once per test JVM exactly as {@code ./run.sh} starts it (but on free ports and with a
 * temporary data folder), shared by every system-level suite and stopped when the JVM exits. In the fault suite's
 * JVM (system property {@value #FAULT_LINKS}) services reach their databases, and the gateway the services,
 * through links that can be frozen and cut.
 */
public final class RunningSystem {

    static final String FAULT_LINKS = "systemtests.faultLinks";

    private static DevStack stack;
    private static DevTokens tokens;
    private static String secondGateway;
    private static String secondCompetition;

    private RunningSystem() {
    }

    /** Requests through the gateway, the one public origin. */
    public static RequestSpecification gateway() {
        return new RequestSpecBuilder().setBaseUri(gatewayUrl()).build();
    }

    public static String gatewayUrl() {
        return stack().gatewayUrl().toString();
    }

    /**
     * An app's own Prometheus metrics, read on its management interface: what reached the app, whatever the gateway
     * answered.
     */
    public static String metricsUrl(App app) {
        return stack().managementUrl(app).resolve("/q/metrics").toString();
    }

    /** The search widget's demo page with the demo partner key, as ./run.sh's banner prints it. */
    public static String widgetDemoUrl() {
        return stack().widgetDemoUrl().toString();
    }

    /** Each app's log file, as ./run.sh writes them. */
    public static Path logOf(String app) {
        return stack().options().logs().resolve(app + ".log");
    }

    /** A second gateway process over the same database and services, started on first use. */
    public static synchronized String secondGatewayUrl() {
        if (secondGateway == null) {
            secondGateway = stack().startAnotherInstance(App.GATEWAY).toString();
        }
        return secondGateway;
    }

    /**
     * A second competition-service process over the same database, broker and mail server, started on first use and
     * reached directly (the gateway routes to the first only): two replicas whose schedules run at once.
     */
    public static synchronized String secondCompetitionUrl() {
        if (secondCompetition == null) {
            secondCompetition = stack().startAnotherInstance(App.COMPETITION).toString();
        }
        return secondCompetition;
    }

    /** The mail the services sent, as JSON, newest first; {@code ?to=<address>} for one recipient's. */
    public static String mailboxUrl() {
        return stack().mailboxUrl().toString();
    }

    /** The Stripe stub the competition takes payments through: its API and its pay pages ({@code /pay/<session>}). */
    public static String stripeUrl() {
        return stack().stripe().apiBase();
    }

    /** The stack's Kafka broker, for scenarios that redeliver an event as the broker may after a failure. */
    public static String kafkaBootstrap() {
        return stack().options().externalKafka().orElse("127.0.0.1:" + stack().options().ports().kafka());
    }

    /** The app's JVM, for a suite that watches it from outside (its heap through the JDK's attach API). */
    public static long pidOf(App app) {
        return stack().pid(app);
    }

    /** Kills, restarts and cuts parts of the system; links only in the fault suite's JVM. */
    public static Faults faults() {
        return stack().faults();
    }

    /** An app's own database, reached directly, for checkers that read what a service committed. */
    public static ServiceDatabase database(App app) {
        return stack().database(app);
    }

    public static DevTokens tokens() {
        stack();
        return tokens;
    }

    private static synchronized DevStack stack() {
        if (stack == null) {
            Path data = temporaryFolder();
            // Surefire runs in this module's folder; the apps' jars are in their modules beside it.
            Path projectRoot = Path.of("..").toAbsolutePath().normalize();
            StackOptions options = StackOptions.forTests(projectRoot, data);
            DevStack started = new DevStack(Boolean.getBoolean(FAULT_LINKS) ? options.withFaultLinks() : options);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                delete(data);
            }, "system-stop"));
            started.start();
            tokens = DevTokens.load();
            stack = started;
        }
        return stack;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("system-tests-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + folder + ": " + e.getMessage());
        }
    }
}
