package org.jewelers.competition.custody;

import jakarta.enterprise.context.ApplicationScoped;
import org.jewelers.competition.entry.Entry;
import org.jewelers.competition.entry.WithdrawalFollower;

/** An entrant who withdraws a finalist entry withdraws its piece, which then goes home like a removed finalist's. */
@ApplicationScoped
class EntrantWithdrawal implements WithdrawalFollower {

    private final Journey journey;

    EntrantWithdrawal(Journey journey) {
        this.journey = journey;
    }

    @Override
    public void withdrawn(Entry entry, String reason, String actor) {
        journey.withdraw(entry.id, reason, actor);
    }
}
