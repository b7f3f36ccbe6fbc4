package org.jewelers.careers.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jewelers.memberfirms.MemberStandingChanged;

/**
 * A firm that falls out of good standing loses its open postings, in the transaction that records the directory's
 * event. Returning to good standing reopens nothing: the firm posts again, so no stale posting comes back.
 */
@ApplicationScoped
class EmployerLapses {

    private final Jobs jobs;

    EmployerLapses(Jobs jobs) {
        this.jobs = jobs;
    }

    void closePostings(@Observes MemberStandingChanged change) {
        if (!change.goodStanding()) {
            jobs.closeOpenPostingsOf(change.memberId(), CloseReason.EMPLOYER_LAPSED);
        }
    }
}
