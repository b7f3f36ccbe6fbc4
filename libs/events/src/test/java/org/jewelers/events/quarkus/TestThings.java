package org.jewelers.events.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jewelers.contracts.Contracts;
import org.jewelers.contracts.Topic;
import org.jewelers.contracts.Topics;
import org.jewelers.events.consumer.EventHandler;
import org.jewelers.events.consumer.HandlerContext;
import org.jewelers.events.envelope.EventEnvelope;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/** How a service declares what it consumes, here for the test-only event type on a topic of the test's own. */
@ApplicationScoped
public class TestThings implements EventHandler {

    static final String TYPE = "org.jewelers.test.thing.happened.v1";

    /** What the handler saw: the event, and whether it ran inside a JTA transaction. */
    record Handled(EventEnvelope event, boolean inTransaction) {
    }

    private final Queue<Handled> handled = new ConcurrentLinkedQueue<>();

    @Inject
    TransactionManager transactions;

    @ConfigProperty(name = "test.topic")
    String topic;

    @Override
    public String group() {
        return "events-quarkus-test";
    }

    @Override
    public Set<String> topics() {
        return Set.of(topic);
    }

    @Override
    public void handle(EventEnvelope event, HandlerContext context) throws SystemException {
        handled.add(new Handled(event, transactions.getStatus() == Status.STATUS_ACTIVE));
    }

    /** A method, not the field: a field read through the client proxy is not the bean's. */
    Optional<Handled> handled(EventEnvelope event) {
        return handled.stream().filter(h -> h.event().equals(event)).findFirst();
    }

    @Produces
    @Singleton
    Contracts contracts() {
        List<Topic> topics = new ArrayList<>(Topics.ALL);
        topics.add(new Topic(topic, 3, false, Set.of(TYPE)));
        return new Contracts(topics);
    }
}
