package org.jewelers.events.support;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jewelers.contracts.Topic;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Creates topics that do not exist yet, with their partition count and cleanup policy. */
public final class KafkaTopics {

    private KafkaTopics() {
    }

    public static Admin admin(KafkaConnection kafka, Duration timeout) {
        Properties properties = kafka.clientProperties();
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        return Admin.create(properties);
    }

    public static void ensure(Admin admin, Collection<Topic> topics, Duration timeout)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<String, KafkaFuture<Void>> created = admin.createTopics(topics.stream().map(KafkaTopics::newTopic).toList())
                .values();
        for (KafkaFuture<Void> creation : created.values()) {
            try {
                creation.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                // A topic this service may not create belongs to another service (or to whoever provisions a
                // broker with ACLs); its owner creates it, and a consumer's subscription waits until it exists.
                if (!(e.getCause() instanceof TopicExistsException) && !(e.getCause() instanceof TopicAuthorizationException)) {
                    throw e;
                }
            }
        }
    }

    private static NewTopic newTopic(Topic topic) {
        String cleanup = topic.compacted() ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE;
        // Replication is the broker's default.replication.factor: one on a development broker, more in a cluster.
        return new NewTopic(topic.name(), Optional.of(topic.partitions()), Optional.empty())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, cleanup));
    }
}
