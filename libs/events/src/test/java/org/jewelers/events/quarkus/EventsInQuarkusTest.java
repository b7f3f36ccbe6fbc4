package org.jewelers.events.quarkus;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.events.envelope.EventFactory;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(EventsTestResource.class)
class EventsInQuarkusTest {

    @Inject
    Outbox outbox;

    @Inject
    EventFactory events;

    @Inject
    TestThings things;

    @TestHTTPResource("/q/health")
    URI health;

    @Test
    void publishesWhatATransactionAppendsToTheServicesHandlers() {
        EventEnvelope event = events.create(TestThings.TYPE, "ring", 1, ring());
        QuarkusTransaction.requiringNew().run(() -> outbox.append(event));

        await().atMost(Duration.ofSeconds(60)).until(() -> things.handled(event).isPresent());
        TestThings.Handled handled = things.handled(event).orElseThrow();
        assertTrue(handled.inTransaction(), "the handler runs in a JTA transaction");
        assertEquals("/events-test", event.source());
    }

    @Test
    void refusesToAppendOutsideATransaction() {
        EventEnvelope event = events.create(TestThings.TYPE, "ring", 1, ring());
        assertThrows(IllegalStateException.class, () -> outbox.append(event));
    }

    @Test
    void showsKafkaInHealthWithoutGatingReadiness() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String all = client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()).body();
        String ready = client.send(HttpRequest.newBuilder(health.resolve("/q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(all.contains("\"Kafka\""), all);
        assertTrue(!ready.contains("\"Kafka\""), ready);
    }

    private static ObjectNode ring() {
        return JsonNodeFactory.instance.objectNode().put("thing", "ring").put("seq", 0);
    }
}
