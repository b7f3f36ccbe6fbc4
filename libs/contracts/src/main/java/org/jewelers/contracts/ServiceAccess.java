package org.jewelers.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one service may do on Kafka, as the broker's user named after the service ({@code quarkus.application.name}):
 * write the topics it produces and the dead-letter topics of its own consumer groups, read the topics it consumes,
 * and use only its own consumer groups. Everything else is refused by the broker's ACLs.
 *
 * <p>This is the one description of the services' Kafka rights: the test broker's ACLs are made from it, and the
 * deployments' list ({@code deployment/k8s/kafka-access/access.txt}) is checked against it.
 *
 * @param consumes each consumer group of the service with the topics it reads
 */
public record ServiceAccess(String user, Set<Topic> produces, Map<String, Set<Topic>> consumes) {

    public ServiceAccess {
        Objects.requireNonNull(user, "user");
        produces = Set.copyOf(produces);
        consumes = Map.copyOf(consumes);
        consumes.keySet().stream().filter(group -> !group.startsWith(user + ".")).findAny().ifPresent(group -> {
            throw new IllegalArgumentException(user + " may only use consumer groups named " + user + ".*: " + group);
        });
    }

    public static final ServiceAccess CAREERS = new ServiceAccess("careers-service",
            Set.of(Topics.CAREERS_JOBS),
            Map.of("careers-service.member-firms", Set.of(Topics.DIRECTORY_MEMBERS),
                    "careers-service.spotlights", Set.of(Topics.COMPETITION_AWARDS)));

    public static final ServiceAccess DIRECTORY = new ServiceAccess("directory-service",
            Set.of(Topics.DIRECTORY_MEMBERS),
            Map.of("directory-service.awards", Set.of(Topics.COMPETITION_AWARDS),
                    "directory-service.jobs", Set.of(Topics.CAREERS_JOBS)));

    public static final ServiceAccess COMPETITION = new ServiceAccess("competition-service",
            Set.of(Topics.COMPETITION_ENTRIES, Topics.COMPETITION_AWARDS),
            Map.of("competition-service.member-firms", Set.of(Topics.DIRECTORY_MEMBERS)));

    public static final List<ServiceAccess> ALL = List.of(CAREERS, DIRECTORY, COMPETITION);

    public static Optional<ServiceAccess> of(String user) {
        return ALL.stream().filter(access -> access.user.equals(user)).findFirst();
    }

    /** The dead-letter topic where a consumer group puts what it could not process from {@code topic}. */
    public static String deadLetterTopic(String topic, String group) {
        return topic + "." + group + ".dlt";
    }

    public boolean mayConsume(String group, String topic) {
        return consumes.getOrDefault(group, Set.of()).stream().anyMatch(granted -> granted.name().equals(topic));
    }

    /**
     * The ACLs that grant exactly this access, all literal: creating its own topics (the outbox relay and the
     * dead-letter writer create them when missing), writing them, reading what it consumes in its own groups.
     */
    public List<Grant> grants() {
        Map<String, Set<Operation>> topics = new TreeMap<>();
        produces.forEach(topic -> topics.put(topic.name(), new TreeSet<>(Set.of(Operation.CREATE, Operation.WRITE))));
        consumes.forEach((group, read) -> read.forEach(topic -> {
            topics.computeIfAbsent(topic.name(), name -> new TreeSet<>()).add(Operation.READ);
            topics.put(deadLetterTopic(topic.name(), group), new TreeSet<>(Set.of(Operation.CREATE, Operation.WRITE)));
        }));
        List<Grant> grants = new ArrayList<>();
        topics.forEach((name, operations) -> grants.add(new Grant(user, Resource.TOPIC, name, Set.copyOf(operations))));
        new TreeSet<>(consumes.keySet()).forEach(group -> grants.add(new Grant(user, Resource.GROUP, group, Set.of(Operation.READ))));
        return List.copyOf(grants);
    }

    public enum Resource { TOPIC, GROUP }

    /** Kafka's ACL operations this access uses; READ and WRITE imply DESCRIBE. */
    public enum Operation { CREATE, READ, WRITE }

    /** One literal ACL: {@code user} may do {@code operations} on the resource of that type and name. */
    public record Grant(String user, Resource resource, String name, Set<Operation> operations) {

        public Grant {
            operations = Set.copyOf(operations);
        }
    }
}
