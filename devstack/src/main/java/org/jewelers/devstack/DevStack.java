package org.jewelers.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jewelers.kafkabroker.FreePorts;
import org.jewelers.kafkabroker.KafkaProcess;
import org.jewelers.stripestub.StripeStub;
import org.netcrusher.core.reactor.NioReactor;

/**
 * The whole system on one machine: PostgreSQL with a database per app, a Kafka broker, a mail server, a Stripe stub, the three
 * services and the gateway as child processes, and the demo data. {@link #close()} stops everything it started, in reverse order.
 */
public final class DevStack implements AutoCloseable {

    /** The stub's signing secret and the key the competition calls it with: the service's DEV ONLY defaults. */
    static final String STRIPE_WEBHOOK_SECRET = "whsec_dev_stub";
    private static final String STRIPE_API_KEY = "sk_test_dev_stub";
    /** DEV ONLY: the key that seals the dev stack's custody log. */
    private static final String CUSTODY_LOG_KEY = "dev-custody-log-key-not-secret";
    private static final String STRIPE_WEBHOOK_PATH = "/api/v1/payments/stripe/webhook";

    /** Two slow cores start four Quarkus apps at once; this is generous on purpose. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final StackOptions options;
    private final List<AppProcess> apps = new ArrayList<>();
    private final Map<App, AppProcess> current = new EnumMap<>(App.class);
    private final Map<App, Map<String, String>> environments = new EnumMap<>(App.class);
    private final Map<App, ServiceDatabase> databases = new EnumMap<>(App.class);
    private final Map<App, Link> databaseLinks = new EnumMap<>(App.class);
    private final Map<App, Link> upstreamLinks = new EnumMap<>(App.class);
    private NioReactor linkReactor;
    private KafkaProcess kafka;
    private Postgres postgres;
    private Mailbox mailbox;
    private StripeStub stripe;
    private boolean closing;
    private int demoRecordsAdded;
    private String demoPartnerKey;

    public DevStack(StackOptions options) {
        this.options = options;
    }

    /** Starts everything and returns once every app is ready and the demo data is in. */
    public DevStack start() {
        requirePortsFree();
        Path publicKey = prepareFolders();
        // Kafka starts alongside the apps: they connect to it whenever it is up, and do not wait for it to be ready.
        CompletableFuture<Void> kafkaStarted = CompletableFuture.runAsync(this::startKafka);
        Postgres database = startPostgres();
        startMailbox();
        startStripe();
        String bootstrap = options.externalKafka().orElse("127.0.0.1:" + options.ports().kafka());
        openLinks();
        for (App app : App.values()) {
            ServiceDatabase own = database.databaseFor(app.shortName());
            databases.put(app, own);
            Map<String, String> env = environment(app, linkToDatabase(app, own), bootstrap, publicKey);
            environments.put(app, env);
            launch(app, env);
        }
        awaitReady(kafkaStarted);
        // A visitor may have asked for a service through the gateway before the service was up: the gateway then
        // holds it as not ready until it has asked it again.
        RoutesThroughGateway.await(gatewayUrl(), Arrays.stream(App.values()).filter(App::isService)
                .map(App::publicRoute).toList(), Instant.now().plus(READY_TIMEOUT));
        demoRecordsAdded = new DemoData(gatewayUrl(), DevTokens.load(), mailboxUrl(), stripe)
                .loadOnce(options.dataDir().resolve("demo-data.loaded"));
        demoPartnerKey = DemoPartnerKey.once(gatewayUrl(), DevTokens.load(),
                options.dataDir().resolve("demo-partner-key"));
        return this;
    }

    /**
     * Starts one more process of the app on free ports, sharing the first one's database, broker, mail server and
     * configuration, as a second replica would; it is stopped with the stack. A second gateway routes to the same
     * services; a second service is not behind the gateway (whose upstreams were fixed at its start): it runs its
     * schedules (outbox relays, mail, reminder sweeps) beside the first and answers at the returned address.
     */
    public URI startAnotherInstance(App app) {
        int port = FreePorts.next();
        Map<String, String> env = new HashMap<>(environments.get(app));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(FreePorts.next()));
        AppProcess instance;
        synchronized (this) {
            requireNotClosing();
            instance = AppProcess.start(app, app.jar(options.projectRoot()), options.jvm(), port, env,
                    options.logs().resolve(app.module() + "-" + port + ".log"));
            apps.add(instance);
        }
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!instance.isReady()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("another " + app.module() + " was not ready within " + READY_TIMEOUT);
            }
            pause();
        }
        return instance.url();
    }

    public URI gatewayUrl() {
        return url(App.GATEWAY);
    }

    public URI url(App app) {
        return URI.create("http://127.0.0.1:" + options.ports().of(app));
    }

    /** Where the app answers its metrics and whole health report: on a port of its own, never through the gateway. */
    public URI managementUrl(App app) {
        return URI.create("http://127.0.0.1:" + options.ports().managementOf(app));
    }

    /** The process id of the app's current instance, for tools that attach to its JVM (heap, threads). */
    public synchronized long pid(App app) {
        AppProcess process = current.get(app);
        if (process == null) {
            throw new IllegalStateException(app.module() + " is not running");
        }
        return process.pid();
    }

    public StackOptions options() {
        return options;
    }

    /** The database and user the app owns, reached directly (never through a {@link Link}). */
    public ServiceDatabase database(App app) {
        return databases.get(app);
    }

    /** Kills, restarts and cuts parts of the running stack; links only with {@link StackOptions#faultLinks()}. */
    public Faults faults() {
        return new Faults(this);
    }

    /** Where the mail the apps sent is read: JSON, newest first, {@code ?to=<address>} for one recipient's. */
    public URI mailboxUrl() {
        return URI.create("http://127.0.0.1:" + options.ports().mailbox() + "/messages");
    }

    /**
     * The Stripe stub the competition takes payments through (DEV ONLY: no card is asked for, no money moves); its
     * events go to the competition's webhook through the gateway, as Stripe's would.
     */
    public StripeStub stripe() {
        return stripe;
    }

    int demoRecordsAdded() {
        return demoRecordsAdded;
    }

    /** The widget demo page with the demo partner key in its address. */
    public URI widgetDemoUrl() {
        return gatewayUrl().resolve("/embed/demo.html?key=" + demoPartnerKey);
    }

    Optional<Path> kafkaLog() {
        return Optional.ofNullable(kafka).map(KafkaProcess::log);
    }

    @Override
    public void close() {
        List<AppProcess> running;
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
            running = List.copyOf(apps);
        }
        running.forEach(AppProcess::requestStop);
        running.forEach(AppProcess::awaitStopped);
        databaseLinks.values().forEach(Link::close);
        upstreamLinks.values().forEach(Link::close);
        if (linkReactor != null) {
            linkReactor.close();
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (mailbox != null) {
            mailbox.close();
        }
        if (stripe != null) {
            stripe.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private void requirePortsFree() {
        List<Integer> ports = new ArrayList<>(options.ports().apps().values());
        ports.addAll(options.ports().management().values());
        ports.addAll(List.of(options.ports().smtp(), options.ports().mailbox(), options.ports().stripe()));
        if (options.externalPostgres().isEmpty()) {
            ports.add(options.ports().postgres());
        }
        if (options.externalKafka().isEmpty()) {
            ports.addAll(List.of(options.ports().kafka(), options.ports().kafkaController()));
        }
        List<Integer> taken = ports.stream().filter(Ports::isTaken).toList();
        if (!taken.isEmpty()) {
            throw new IllegalStateException("ports " + taken + " are in use: is the system already running"
                    + " (see `ps -ef | grep quarkus-run`)?");
        }
    }

    private Path prepareFolders() {
        try {
            Files.createDirectories(options.logs());
            Path publicKey = options.dataDir().resolve("dev-keys").resolve("public-key.pem");
            Files.createDirectories(publicKey.getParent());
            Files.writeString(publicKey, DevTokens.publicKeyPem());
            return publicKey;
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare " + options.dataDir(), e);
        }
    }

    private void startKafka() {
        if (options.externalKafka().isPresent()) {
            return;
        }
        KafkaProcess process;
        synchronized (this) {
            requireNotClosing();
            process = KafkaProcess.on(options.dataDir().resolve("kafka"), options.ports().kafka(),
                    options.ports().kafkaController());
            kafka = process;
        }
        process.start();
    }

    private Postgres startPostgres() {
        Postgres started = Postgres.start(options);
        synchronized (this) {
            postgres = started;
            requireNotClosing();
        }
        return started;
    }

    private synchronized void startMailbox() {
        requireNotClosing();
        mailbox = Mailbox.start(options.ports().smtp(), options.ports().mailbox());
    }

    private synchronized void startStripe() {
        requireNotClosing();
        stripe = StripeStub.start(options.ports().stripe(), STRIPE_WEBHOOK_SECRET);
        stripe.webhookTo(gatewayUrl().resolve(STRIPE_WEBHOOK_PATH).toString());
    }

    private Map<String, String> environment(App app, ServiceDatabase database, String kafkaBootstrap, Path publicKey) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(options.ports().of(app)));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(options.ports().managementOf(app)));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", database.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toAbsolutePath().toString());
        env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
        env.put("MP_JWT_VERIFY_AUDIENCES", DevTokens.AUDIENCE);
        env.put("WEB_PUBLIC_BASE_URL", gatewayUrl().toString());
        if (app == App.COMPETITION) {
            env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            env.put("QUARKUS_MAILER_PORT", String.valueOf(options.ports().smtp()));
            env.put("COMPETITION_FEES_STRIPE_API_BASE", stripe.apiBase());
            env.put("STRIPE_API_KEY", STRIPE_API_KEY);
            env.put("STRIPE_WEBHOOK_SECRET", STRIPE_WEBHOOK_SECRET);
            env.put("CUSTODY_LOG_KEY", CUSTODY_LOG_KEY);
            env.putAll(options.competitionSettings());
        }
        if (app == App.DIRECTORY) {
            // Partners' webhook receivers in the demo and the system tests run on this machine; production names none.
            env.put("DIRECTORY_WEBHOOKS_DEV_HOSTS", "localhost");
            env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            env.put("QUARKUS_MAILER_PORT", String.valueOf(options.ports().smtp()));
        }
        if (app == App.GATEWAY) {
            env.putAll(options.gatewayLimits());
            for (App service : App.values()) {
                if (service.isService()) {
                    URI upstream = upstreamLinks.containsKey(service)
                            ? URI.create("http://127.0.0.1:" + upstreamLinks.get(service).port()) : url(service);
                    env.put("GATEWAY_UPSTREAMS_" + service.shortName().toUpperCase() + "_URL", upstream.toString());
                }
            }
        }
        return env;
    }

    private synchronized AppProcess launch(App app, Map<String, String> env) {
        requireNotClosing();
        AppProcess process = AppProcess.start(app, app.jar(options.projectRoot()), options.jvm(), options.ports().of(app), env,
                options.logs().resolve(app.module() + ".log"));
        apps.add(process);
        current.put(app, process);
        return process;
    }

    /** SIGKILL: no shutdown hook runs, in-flight requests and transactions die with the process. */
    void kill(App app) {
        AppProcess process;
        synchronized (this) {
            process = current.get(app);
        }
        process.kill();
    }

    /** Starts the app again as it was first started (same port, environment and log) and waits until it is ready. */
    void restart(App app) {
        AppProcess process = launch(app, environments.get(app));
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!process.isReady()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(app.module() + " was not ready again within " + READY_TIMEOUT);
            }
            pause();
        }
    }

    KafkaProcess broker() {
        if (kafka == null) {
            throw new IllegalStateException("the stack uses a broker it did not start: " + options.externalKafka());
        }
        return kafka;
    }

    Link databaseLink(App app) {
        return requireLink(databaseLinks, app, "database");
    }

    Link upstreamLink(App app) {
        return requireLink(upstreamLinks, app, "upstream");
    }

    private Link requireLink(Map<App, Link> links, App app, String kind) {
        Link link = links.get(app);
        if (link == null) {
            throw new IllegalStateException("no " + kind + " link for " + app.module()
                    + ": start the stack with StackOptions.withFaultLinks()");
        }
        return link;
    }

    private synchronized void openLinks() {
        if (!options.faultLinks()) {
            return;
        }
        requireNotClosing();
        linkReactor = Link.reactor();
        for (App app : App.values()) {
            if (app.isService()) {
                upstreamLinks.put(app, Link.to("gateway to " + app.shortName(), linkReactor, "127.0.0.1",
                        options.ports().of(app)));
            }
        }
    }

    /** The service's database as the service should reach it: through a link of its own when faults are wanted. */
    private synchronized ServiceDatabase linkToDatabase(App app, ServiceDatabase database) {
        if (linkReactor == null || !app.isService()) {
            return database;
        }
        String prefix = "jdbc:";
        URI address = URI.create(database.jdbcUrl().substring(prefix.length()));
        Link link = Link.to(app.shortName() + " to its database", linkReactor, address.getHost(), address.getPort());
        databaseLinks.put(app, link);
        String linked = prefix + address.getScheme() + "://127.0.0.1:" + link.port() + address.getRawPath()
                + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery());
        return new ServiceDatabase(linked, database.user(), database.password());
    }

    private void awaitReady(CompletableFuture<Void> kafkaStarted) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        List<AppProcess> waiting = new ArrayList<>(apps);
        while (!waiting.isEmpty()) {
            waiting.removeIf(AppProcess::isReady);
            if (waiting.isEmpty()) {
                break;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not ready within " + READY_TIMEOUT + ": "
                        + waiting.stream().map(app -> app.app().module()).toList() + "; see " + options.logs());
            }
            pause();
        }
        try {
            kafkaStarted.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("Kafka did not start", e.getCause());
        }
    }

    private void requireNotClosing() {
        if (closing) {
            throw new IllegalStateException("the stack is stopping");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the apps", e);
        }
    }
}
