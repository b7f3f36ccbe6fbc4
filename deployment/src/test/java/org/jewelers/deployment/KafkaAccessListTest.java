package org.jewelers.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jewelers.contracts.ServiceAccess;
import org.jewelers.contracts.Topics;
import org.junit.jupiter.api.Test;

/**
 * The deployments' Kafka users, topics and ACLs ({@code k8s/kafka-access/access.txt}, applied by the compose file's
 * kafka-access service and the cluster's Job) are the contracts' {@link ServiceAccess}, the same the test broker
 * enforces. After a change there, rewrite the list with {@code -Dkafka-access.update=true} and review the diff.
 */
class KafkaAccessListTest {

    static final Path ACCESS_LIST = Path.of("k8s/kafka-access/access.txt");

    @Test
    void theAccessListIsTheContractsServiceAccess() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("kafka-access.update")) {
            Files.writeString(ACCESS_LIST, expected);
        }
        assertEquals(expected, Files.readString(ACCESS_LIST),
                ACCESS_LIST + " is stale: rewrite it with -Dkafka-access.update=true and review the diff");
    }

    static List<String> users() throws IOException {
        return Files.readAllLines(ACCESS_LIST).stream().filter(line -> line.startsWith("user "))
                .map(line -> line.substring("user ".length())).toList();
    }

    /** The environment variable apply.sh reads a user's password from, e.g. CAREERS_KAFKA_PASSWORD. */
    static String passwordVariable(String user) {
        return user.replaceFirst("-service$", "").toUpperCase(Locale.ROOT).replace('-', '_') + "_KAFKA_PASSWORD";
    }

    private static String render() {
        List<String> lines = new ArrayList<>(List.of(
                "# Generated from org.jewelers.contracts.ServiceAccess (and Topics); do not edit: the deployment module's",
                "# KafkaAccessListTest rewrites it with -Dkafka-access.update=true. Read by apply.sh beside it.",
                "# user <name>                                    a SCRAM-SHA-512 user, password from <NAME>_KAFKA_PASSWORD",
                "# topic <name> <partitions> <cleanup.policy>     created when missing",
                "# allow <user> <topic|group> <name> <operations> literal ACLs; nothing else is allowed"));
        Topics.ALL.forEach(topic -> lines.add(String.join(" ", "topic", topic.name(), Integer.toString(topic.partitions()),
                topic.compacted() ? "compact" : "delete")));
        for (ServiceAccess access : ServiceAccess.ALL) {
            lines.add("user " + access.user());
            access.grants().forEach(grant -> lines.add(String.join(" ", "allow", grant.user(),
                    grant.resource().name().toLowerCase(Locale.ROOT), grant.name(),
                    grant.operations().stream().map(operation -> capitalized(operation.name())).sorted()
                            .collect(Collectors.joining(",")))));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String capitalized(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
