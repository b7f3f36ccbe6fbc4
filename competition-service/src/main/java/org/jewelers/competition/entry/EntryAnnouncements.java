package org.jewelers.competition.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.jewelers.contracts.EventData;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.entries.EntryPaid;
import org.jewelers.contracts.entries.EntryRefunded;
import org.jewelers.contracts.entries.EntryResultDecided;
import org.jewelers.contracts.entries.EntryScreened;
import org.jewelers.contracts.entries.EntrySubmitted;
import org.jewelers.contracts.entries.EntryWithdrawn;
import org.jewelers.events.envelope.EventFactory;
import org.jewelers.events.quarkus.Outbox;

/** Announces a submitted entry's status changes on the entries topic, in the transaction that makes them. */
@ApplicationScoped
class EntryAnnouncements {

    private final EntityManager entities;
    private final Outbox outbox;
    private final EventFactory events;

    EntryAnnouncements(EntityManager entities, Outbox outbox, EventFactory events) {
        this.entities = entities;
        this.outbox = outbox;
        this.events = events;
    }

    /** The event names the entry's version after the change, so the change is written first. */
    void announce(String type, Entry entry, String reason) {
        entities.flush();
        String program = entry.edition.program.code();
        String edition = entry.edition.id.toString();
        String status = entry.status.code();
        EventData data = switch (type) {
            case EventTypes.ENTRY_SUBMITTED -> new EntrySubmitted(entry.id, program, edition, entry.category, entry.memberId, status);
            case EventTypes.ENTRY_WITHDRAWN -> new EntryWithdrawn(entry.id, program, edition, entry.category, entry.memberId, status);
            case EventTypes.ENTRY_SCREENED -> new EntryScreened(entry.id, program, edition, entry.category, entry.memberId, status,
                    reason);
            case EventTypes.ENTRY_RESULT_DECIDED -> new EntryResultDecided(entry.id, program, edition, entry.category,
                    entry.memberId, status);
            default -> throw new IllegalArgumentException("not an entry event: " + type);
        };
        outbox.append(events.create(type, entry.id.toString(), entry.version, data));
    }

    /** A fee paid or refunded, announced with the entry's version after the change that records it. */
    void announceFee(Entry entry, boolean paid, long cents, String currency, UUID checkout, String reason) {
        entities.flush();
        String program = entry.edition.program.code();
        String edition = entry.edition.id.toString();
        EventData data = paid
                ? new EntryPaid(entry.id, program, edition, entry.category, entry.memberId, entry.status.code(), cents,
                currency, checkout)
                : new EntryRefunded(entry.id, program, edition, entry.category, entry.memberId, entry.status.code(), cents,
                currency, reason);
        outbox.append(events.create(paid ? EventTypes.ENTRY_PAID : EventTypes.ENTRY_REFUNDED, entry.id.toString(),
                entry.version, data));
    }
}
