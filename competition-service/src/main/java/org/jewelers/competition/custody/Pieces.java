package org.jewelers.competition.custody;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.jewelers.web.problem.ProblemException;

/** Finalists' pieces in custody, and the formats of what their steps record. */
@ApplicationScoped
class Pieces implements PanacheRepositoryBase<Piece, UUID> {

    /** A carrier's name: letters, digits, spaces and a little punctuation. */
    static final String CARRIER = "[A-Za-z0-9][A-Za-z0-9 .&'-]{0,39}";
    /** A tracking number: letters and digits, grouped by spaces or hyphens. */
    static final String TRACKING = "[A-Za-z0-9](?:[A-Za-z0-9 -]{2,58}[A-Za-z0-9])";
    static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";
    /** A bound on any one value: $100,000,000. */
    static final long MAX_CENTS = 10_000_000_000L;

    Piece lock(UUID entryId) {
        return findByIdOptional(entryId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Piece in custody", entryId));
    }

    /** The piece whose packing slip carries {@code code}; a code of the wrong shape is not looked up. */
    Piece lockByScanCode(String code) {
        if (code == null || !code.matches(ScanCode.FORMAT)) {
            throw ProblemException.invalid("code", "is not a packing slip's code: 32 lowercase hex digits");
        }
        return find("scanCode", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Piece with packing slip code", code));
    }

    Piece require(UUID entryId) {
        return findByIdOptional(entryId).orElseThrow(() -> ProblemException.notFound("Piece in custody", entryId));
    }
}
