package org.jewelers.careers;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jewelers.contracts.Contracts;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.Topics;
import org.jewelers.contracts.members.PublicMember;
import org.jewelers.events.envelope.CloudEventCodec;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.events.envelope.EventFactory;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.TopicWriter;

/** Member firms as the directory announces them on its members topic, and waits until careers has heard. */
final class DirectoryFirms {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final EventFactory DIRECTORY = new EventFactory("/directory-service");

    private DirectoryFirms() {
    }

    /** A new firm in the given standing, known to careers when this returns. */
    static UUID joined(MemberFirms firms, String name, String standing) {
        UUID id = UUID.randomUUID();
        publish(EventTypes.MEMBER_JOINED, id, 1, name, standing);
        await().atMost(PATIENCE).until(() -> firms.find(id).isPresent());
        return id;
    }

    static EventEnvelope standingChanged(UUID id, long version, String name, String standing) {
        return publish(EventTypes.MEMBER_STANDING_CHANGED, id, version, name, standing);
    }

    static void redeliver(EventEnvelope event) {
        TopicWriter.write(Infrastructure.kafka().bootstrapServers(), Topics.DIRECTORY_MEMBERS.name(), event.subject(),
                CloudEventCodec.encode(event));
    }

    private static EventEnvelope publish(String type, UUID id, long version, String name, String standing) {
        boolean good = standing.equals("active") || standing.equals("grace");
        EventEnvelope event = DIRECTORY.create(type, id.toString(), version, new PublicMember(id,
                "JA-" + id.toString().substring(0, 6).toUpperCase(), name, "retailer", standing, good,
                List.of(new PublicMember.Location("Missoula", "MT", "59801"))));
        new Contracts().validate(event.type(), event.data());
        redeliver(event);
        return event;
    }
}
