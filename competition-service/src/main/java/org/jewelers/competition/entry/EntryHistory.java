package org.jewelers.competition.entry;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;
import org.jewelers.audit.AuditTrail;
import org.jewelers.audit.SubjectHistory;

/** Every status change of every entry, kept for staff in the service's audit trail. */
@Singleton
public class EntryHistory extends SubjectHistory {

    EntryHistory(AuditTrail trail) {
        super(trail, "entry");
    }

    void record(Entry entry, String actor, String action, EntryStatus from, String reason) {
        step(entry.id, actor, action, from, entry.status, reason);
    }

    /**
     * The entry became, or stopped being, a confirmed finalist of a finals round: no status step (it stays accepted
     * until the winners are confirmed), but a change of its record the entrant's history shows.
     */
    public void recordFinalist(UUID entryId, UUID roundId, boolean finalist, String actor, String reason) {
        Map<String, UUID> round = Map.of("finalistOfRound", roundId);
        changes(entryId, actor, finalist ? "finalist-confirmed" : "finalist-removed", reason,
                finalist ? Map.of() : round, finalist ? round : Map.of());
    }
}
