package org.jewelers.competition.nomination;

import jakarta.inject.Singleton;
import java.util.UUID;
import org.jewelers.audit.AuditTrail;
import org.jewelers.audit.SubjectHistory;

/** What staff decided about each dossier, and why, in the service's audit trail. */
@Singleton
public class DossierHistory extends SubjectHistory {

    DossierHistory(AuditTrail trail) {
        super(trail, "dossier");
    }

    /** The change from {@code before} to {@code after} (snapshots of one type), and the reason given, if any. */
    public void record(UUID dossierId, String actor, String action, String reason, Object before, Object after) {
        changes(dossierId, actor, action, reason, before, after);
    }
}
