package org.jewelers.competition.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.memberfirms.MemberStandingChanged;

/**
 * A firm that falls out of good standing has its entries in still-open editions flagged for staff, in the
 * transaction that records the directory's event. Its entrants' new submits are refused by the standing rule.
 */
@ApplicationScoped
class FirmLapses {

    private final EntryScreening screening;
    private final MemberFirms firms;

    FirmLapses(EntryScreening screening, MemberFirms firms) {
        this.screening = screening;
        this.firms = firms;
    }

    void flagEntries(@Observes MemberStandingChanged change) {
        if (!change.goodStanding()) {
            // The read model's connection is enlisted in this same transaction, so it already shows the new standing.
            String standing = firms.find(change.memberId()).map(f -> f.name() + " is now " + f.standing())
                    .orElse("the firm left the association");
            screening.flagEntriesOf(change.memberId(), "Member firm out of good standing: " + standing);
        }
    }
}
