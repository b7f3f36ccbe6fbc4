package org.jewelers.competition.fee;

import java.util.Optional;
import java.util.UUID;

/**
 * The kinds of submission a fee is paid for, each implemented where that kind lives (entries, nominations), so that
 * fees know them without depending on them.
 */
public interface Payables {

    SubjectType type();

    /** The owner's submission, locked until the transaction ends; empty when there is none of theirs by that id. */
    Optional<Payable> lockOwn(UUID id, String owner);

    /** Any submission of this kind, locked until the transaction ends. */
    Optional<Payable> lock(UUID id);

    /** Announces that the fee was paid, in the transaction that records it. */
    void paid(Payable subject, long cents, String currency, UUID checkout);

    /** Announces that money paid for it was returned, in the transaction that records it. */
    void refunded(Payable subject, long cents, String currency, String reason, String actor);
}
