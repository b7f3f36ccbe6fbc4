package org.jewelers.competition.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
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
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("entryId", entry.id.toString());
        data.put("program", entry.edition.program.code());
        data.put("editionId", entry.edition.id.toString());
        data.put("category", entry.category);
        data.put("memberId", entry.memberId == null ? null : entry.memberId.toString());
        data.put("status", entry.status.code());
        if (reason != null) {
            data.put("reason", reason);
        }
        outbox.append(events.create(type, entry.id.toString(), entry.version, data));
    }
}
