package org.jewelers.competition.nomination;

import jakarta.inject.Singleton;
import org.jewelers.audit.AuditTrail;
import org.jewelers.audit.SubjectHistory;

/**
 * Every status change of every nomination, kept for staff in the service's audit trail; the nominee's own answers
 * through the consent link are the actor {@code nominee}.
 */
@Singleton
public class NominationHistory extends SubjectHistory {

    NominationHistory(AuditTrail trail) {
        super(trail, "nomination");
    }

    void record(Nomination nomination, String actor, String action, NominationStatus from, String reason) {
        step(nomination.id, actor, action, from, nomination.status, reason);
    }
}
