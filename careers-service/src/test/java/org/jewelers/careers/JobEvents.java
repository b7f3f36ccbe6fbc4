package org.jewelers.careers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jewelers.contracts.Contracts;
import org.jewelers.contracts.Topics;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.TopicReader;

/** What careers really published on the jobs topic, read back from the broker and checked against the contracts. */
final class JobEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JobEvents() {
    }

    /** Every event about the job, once there are at least {@code expected}; each validated against its contract. */
    static List<JsonNode> of(String jobId, int expected) {
        Predicate<ConsumerRecord<String, String>> about = r -> jobId.equals(r.key());
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(Infrastructure.kafka().bootstrapServers(),
                Topics.CAREERS_JOBS.name(), read -> read.stream().filter(about).count() >= expected);
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            if (about.test(record)) {
                try {
                    JsonNode event = JSON.readTree(record.value());
                    new Contracts().validate(event.path("type").asText(), event.path("data"));
                    events.add(event);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new AssertionError("not JSON: " + record.value(), e);
                }
            }
        }
        return events;
    }
}
