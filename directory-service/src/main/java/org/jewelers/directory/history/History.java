package org.jewelers.directory.history;

import jakarta.inject.Singleton;
import java.util.UUID;
import org.jewelers.audit.AuditTrail;
import org.jewelers.audit.SubjectHistory;

/** The audit history of members: every change, by whom and when, as a field-by-field difference. */
@Singleton
public class History extends SubjectHistory {

    History(AuditTrail trail) {
        super(trail, "member");
    }

    /** Records the difference between two snapshots of a member (any JSON-writable objects of one type), and why. */
    public void record(UUID memberId, String actor, String action, String reason, Object before, Object after) {
        changes(memberId, actor, action, reason, before, after, "version");
    }
}
