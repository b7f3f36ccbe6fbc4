package org.jewelers.competition.round;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.audit.AuditTrail;
import org.jewelers.audit.SubjectHistory;

/** What staff did to a round's finalists once they were confirmed, kept in the service's audit trail. */
@Singleton
public class RoundHistory extends SubjectHistory {

    RoundHistory(AuditTrail trail) {
        super(trail, "round");
    }

    /** The finalists went from {@code before} to {@code after}, for the reason given (null when none is asked). */
    void record(UUID roundId, String actor, String action, String reason, Collection<UUID> before,
                Collection<UUID> after) {
        changes(roundId, actor, action, reason, Map.of("finalists", sorted(before)), Map.of("finalists", sorted(after)));
    }

    private static List<String> sorted(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().toList();
    }
}
