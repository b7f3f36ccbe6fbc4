package org.jewelers.audit;

import java.util.UUID;
import org.jewelers.web.Coded;
import org.jewelers.web.paging.Page;

/**
 * The history of one kind of subject (entries, members, ...) in the service's audit trail. A feature package
 * extends it with a {@code record} method in its own terms.
 */
public abstract class SubjectHistory {

    private final AuditTrail trail;
    private final String subjectType;

    protected SubjectHistory(AuditTrail trail, String subjectType) {
        this.trail = trail;
        this.subjectType = subjectType;
    }

    /** One page of a subject's history, newest first. */
    public Page<AuditEntry> of(UUID subjectId, int page, int size) {
        return trail.of(subjectType, subjectId, page, size);
    }

    /** @see AuditTrail#recordStep */
    protected void step(UUID subjectId, String actor, String action, Coded from, Coded to, String reason) {
        trail.recordStep(subjectType, subjectId, actor, action, from, to, reason);
    }

    /** @see AuditTrail#recordChanges */
    protected void changes(UUID subjectId, String actor, String action, String reason, Object before, Object after,
                           String... ignored) {
        trail.recordChanges(subjectType, subjectId, actor, action, reason, before, after, ignored);
    }
}
