package org.jewelers.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.jewelers.contracts.ServiceAccess;
import org.jewelers.kafkabroker.KafkaProcess;

import static org.awaitility.Awaitility.await;

/**
 * A Kafka broker for tests: the one at {@code TEST_KAFKA_BOOTSTRAP}, or a single-node KRaft broker run from Kafka's
 * own jars as a child process, so that a test can stop it and start it again on the same port with the same data.
 *
 * <p>{@link #withAccessControl()} is a broker as the deployments run it: SASL/SCRAM logins and ACLs, every service
 * its own user with exactly the rights {@link ServiceAccess} grants it.
 */
public final class KafkaBroker {

    private static final String ADMINISTRATOR = "admin";

    private final String bootstrapServers;
    private final KafkaProcess process;
    private final Map<String, String> passwords;

    private KafkaBroker(String bootstrapServers, KafkaProcess process, Map<String, String> passwords) {
        this.bootstrapServers = bootstrapServers;
        this.process = process;
        this.passwords = Map.copyOf(passwords);
    }

    static KafkaBroker fromEnvironment() {
        String external = System.getenv("TEST_KAFKA_BOOTSTRAP");
        if (external != null && !external.isBlank()) {
            return new KafkaBroker(external, null, Map.of());
        }
        return started(newProcess(), Map.of());
    }

    /**
     * A broker of its own (never the one named by the environment) that authenticates every client and authorizes
     * each service's user by the ACLs made from {@link ServiceAccess}.
     */
    static KafkaBroker withAccessControl() {
        Map<String, String> passwords = new HashMap<>();
        passwords.put(ADMINISTRATOR, UUID.randomUUID().toString());
        ServiceAccess.ALL.forEach(access -> passwords.put(access.user(), UUID.randomUUID().toString()));
        KafkaBroker broker = started(newProcess().withScram(ADMINISTRATOR, passwords.get(ADMINISTRATOR)), passwords);
        broker.grantServiceAccess();
        return broker;
    }

    private static KafkaProcess newProcess() {
        try {
            return KafkaProcess.onFreePorts(Files.createTempDirectory("test-kafka-"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare a Kafka broker", e);
        }
    }

    private static KafkaBroker started(KafkaProcess process, Map<String, String> passwords) {
        KafkaBroker broker = new KafkaBroker(process.bootstrapServers(), process, passwords);
        broker.start();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "test-kafka-stop"));
        return broker;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * The client settings ({@code security.protocol}, {@code sasl.*}) of a login as one service's user, or as
     * {@code admin}; none on a broker without access control.
     */
    public Map<String, String> login(String user) {
        if (passwords.isEmpty()) {
            return Map.of();
        }
        String password = passwords.get(user);
        if (password == null) {
            throw new IllegalArgumentException("no user " + user + " on this broker; the users are " + passwords.keySet());
        }
        return KafkaProcess.scramLogin(user, password);
    }

    /** False when the broker was named by the environment: then tests must not stop it. */
    public boolean isManaged() {
        return process != null;
    }

    public void start() {
        requireManaged();
        process.start();
    }

    /** Stops the broker gracefully, keeping its data for the next {@link #start()}. */
    public void stop() {
        if (isManaged()) {
            process.stop();
        }
    }

    public void createTopic(String name, int partitions, Map<String, String> config) {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(config)))
                    .all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topic " + name, e.getCause());
            }
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("could not create topic " + name, e);
        }
    }

    /** An admin client of the administrator (a super user on a broker with access control). */
    public Admin admin() {
        return admin(passwords.isEmpty() ? Map.of() : login(ADMINISTRATOR));
    }

    private Admin admin(Map<String, String> login) {
        Properties properties = new Properties();
        properties.putAll(login);
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000);
        return Admin.create(properties);
    }

    private void grantServiceAccess() {
        List<UserScramCredentialAlteration> credentials = new ArrayList<>();
        List<AclBinding> acls = new ArrayList<>();
        for (ServiceAccess access : ServiceAccess.ALL) {
            credentials.add(new UserScramCredentialUpsertion(access.user(),
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), passwords.get(access.user())));
            access.grants().forEach(grant -> grant.operations().forEach(operation -> acls.add(new AclBinding(
                    new ResourcePattern(ResourceType.valueOf(grant.resource().name()), grant.name(), PatternType.LITERAL),
                    new AccessControlEntry("User:" + grant.user(), "*", AclOperation.valueOf(operation.name()),
                            AclPermissionType.ALLOW)))));
        }
        try (Admin admin = admin()) {
            admin.alterUserScramCredentials(credentials).all().get(30, TimeUnit.SECONDS);
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not set up the services' users and ACLs", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up the services' users and ACLs", e);
        }
        // The credentials reach the broker's metadata shortly after the controller accepted them.
        ServiceAccess.ALL.forEach(access -> await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            try (Admin admin = admin(login(access.user()))) {
                return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
            }
        }));
    }

    private void requireManaged() {
        if (!isManaged()) {
            throw new IllegalStateException("the broker at " + bootstrapServers + " was named by TEST_KAFKA_BOOTSTRAP; tests do not control it");
        }
    }
}
