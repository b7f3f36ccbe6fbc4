package org.jewelers.competition.edition;

import jakarta.inject.Singleton;
import org.jewelers.audit.AuditTrail;
import org.jewelers.audit.SubjectHistory;

/** Every change staff made to an edition's settings, field by field, in the service's audit trail. */
@Singleton
public class EditionHistory extends SubjectHistory {

    EditionHistory(AuditTrail trail) {
        super(trail, "edition");
    }

    void record(Edition edition, String actor, String action, EditionSettings before, EditionSettings after) {
        changes(edition.id, actor, action, null, before, after);
    }
}
