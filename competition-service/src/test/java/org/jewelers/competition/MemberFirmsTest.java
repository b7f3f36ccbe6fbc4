package org.jewelers.competition;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jewelers.contracts.Contracts;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.Topics;
import org.jewelers.contracts.members.PublicMember;
import org.jewelers.events.envelope.CloudEventCodec;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.events.envelope.EventFactory;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.memberfirms.MemberStandingChanged;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.TopicWriter;
import org.junit.jupiter.api.Test;

/** The competition's copy of the directory's member firms, fed from the real members topic. */
@QuarkusTest
class MemberFirmsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final EventFactory DIRECTORY = new EventFactory("/directory-service");

    @Inject
    MemberFirms firms;

    @Inject
    StandingChanges changes;

    @Test
    void standingFollowsTheDirectoryAndIgnoresOlderEvents() {
        UUID id = UUID.randomUUID();
        publish(EventTypes.MEMBER_JOINED, id, 0, "active", true);
        await().atMost(PATIENCE).until(() -> firms.find(id).isPresent());
        assertTrue(firms.inGoodStanding(id));

        publish(EventTypes.MEMBER_STANDING_CHANGED, id, 2, "lapsed", false);
        await().atMost(PATIENCE).until(() -> !firms.inGoodStanding(id));

        // A late copy of an older state must not bring the firm back into good standing.
        EventEnvelope stale = publish(EventTypes.MEMBER_STANDING_CHANGED, id, 1, "active", true);
        UUID marker = UUID.randomUUID();
        publish(EventTypes.MEMBER_JOINED, marker, 0, "active", true);
        await().atMost(PATIENCE).until(() -> firms.find(marker).isPresent());
        assertFalse(firms.inGoodStanding(id), "stale event " + stale.id() + " was applied");
        assertEquals("lapsed", firms.find(id).orElseThrow().standing());

        assertEquals(List.of(new MemberStandingChanged(id, true), new MemberStandingChanged(id, false)),
                changes.of(id));
    }

    @Test
    void aFirmThatLeftIsNoLongerInGoodStanding() {
        UUID id = UUID.randomUUID();
        publish(EventTypes.MEMBER_JOINED, id, 0, "active", true);
        await().atMost(PATIENCE).until(() -> firms.inGoodStanding(id));
        // The directory sends the whole member as it was; leaving is what the event type says.
        publish(EventTypes.MEMBER_LEFT, id, 1, "active", true);
        await().atMost(PATIENCE).until(() -> firms.find(id).orElseThrow().left());
        assertFalse(firms.inGoodStanding(id));
        assertEquals(List.of(new MemberStandingChanged(id, true), new MemberStandingChanged(id, false)), changes.of(id));
    }

    @Test
    void aFirmTheServiceNeverHeardOfIsNotInGoodStanding() {
        assertFalse(firms.inGoodStanding(UUID.randomUUID()));
    }

    private static EventEnvelope publish(String type, UUID id, long version, String standing, boolean good) {
        EventEnvelope event = DIRECTORY.create(type, id.toString(), version, new PublicMember(id,
                "JA-" + id.toString().substring(0, 6).toUpperCase(), "Feed Jewelers", "retailer", standing, good,
                List.of(new PublicMember.Location("Austin", "TX", "78701"))));
        new Contracts().validate(event.type(), event.data());
        TopicWriter.write(Infrastructure.kafka().bootstrapServers(), Topics.DIRECTORY_MEMBERS.name(), event.subject(),
                CloudEventCodec.encode(event));
        return event;
    }

    /** Records the standing changes the read model announces. */
    @ApplicationScoped
    static class StandingChanges {

        private final List<MemberStandingChanged> seen = new CopyOnWriteArrayList<>();

        void on(@Observes MemberStandingChanged change) {
            seen.add(change);
        }

        List<MemberStandingChanged> of(UUID id) {
            return seen.stream().filter(c -> c.memberId().equals(id)).toList();
        }
    }
}
