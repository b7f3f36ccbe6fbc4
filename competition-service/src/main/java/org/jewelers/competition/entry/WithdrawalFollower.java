package org.jewelers.competition.entry;

/**
 * A package above this one that acts when an entrant withdraws an entered entry (custody sends a finalist's piece
 * home). The entry package sits below those packages, so it tells each follower instead of reading their tables.
 */
public interface WithdrawalFollower {

    /** {@code entry}, just withdrawn by {@code actor}, in the withdrawal's transaction. */
    void withdrawn(Entry entry, String reason, String actor);
}
