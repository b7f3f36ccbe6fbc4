package org.jewelers.competition.results;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jewelers.competition.edition.Edition;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.awards.AwardGranted;
import org.jewelers.events.envelope.EventFactory;
import org.jewelers.events.quarkus.Outbox;

/**
 * Announces a granted award (a CASE winner or a 20 Under 40 honoree) on competition.awards.v1 through the outbox,
 * in the caller's transaction, so that the award and its event are kept or lost together.
 */
@ApplicationScoped
public class AwardEvents {

    private final Outbox outbox;
    private final EventFactory events;

    AwardEvents(Outbox outbox, EventFactory events) {
        this.outbox = outbox;
        this.events = events;
    }

    /**
     * @param category the CASE category, or the 20 Under 40 list
     * @param entryId  the winning entry; null for an honoree
     * @param citation the public citation, as the award's contract spells it for the edition's program
     */
    public void granted(UUID awardId, Edition edition, String category, UUID memberId, UUID entryId,
                        AwardGranted.Citation citation) {
        AwardGranted data = new AwardGranted(awardId, edition.program.code(), edition.year, category, memberId, entryId,
                citation);
        outbox.append(events.create(EventTypes.AWARD_GRANTED, awardId.toString(), 0, data));
    }
}
