package org.jewelers.competition.broadcast;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;
import org.jewelers.audit.AuditTrail;
import org.jewelers.audit.SubjectHistory;

/** Who sent each broadcast, what and to whom, and when its notices were all queued, in the service's audit trail. */
@Singleton
public class BroadcastHistory extends SubjectHistory {

    /** The actor of what the notice sweep does on its own. */
    static final String SWEEP = "notice-sweep";

    BroadcastHistory(AuditTrail trail) {
        super(trail, "broadcast");
    }

    void sent(UUID id, String actor, UUID editionId, Segment segment, String subject, int recipients) {
        changes(id, actor, "sent", null, null, Map.of("edition", editionId.toString(), "segment", segment.code(),
                "subject", subject, "recipients", recipients, "status", BroadcastStatus.EXPANDING.code()));
    }

    void queued(UUID id) {
        step(id, SWEEP, "queued", BroadcastStatus.EXPANDING, BroadcastStatus.QUEUED, null);
    }
}
