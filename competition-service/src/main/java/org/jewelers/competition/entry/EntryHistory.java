package org.jewelers.competition.entry;

import jakarta.inject.Singleton;
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
}
