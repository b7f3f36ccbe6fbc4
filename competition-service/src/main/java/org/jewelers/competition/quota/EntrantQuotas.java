package org.jewelers.competition.quota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jewelers.competition.problem.Quota;

/**
 * Checks an entrant's quotas in the transaction that would exceed them. Each check first takes the entrant's lock,
 * held to the end of that transaction, and counts what is committed: of two requests at once for the last place,
 * the second counts after the first has committed (or rolled back), so both cannot slip past the bound. A refusal
 * rolls the whole transaction back: nothing changes.
 */
@ApplicationScoped
public class EntrantQuotas {

    /** The window of the daily limits, rolling rather than by calendar day: no burst at midnight. */
    public static final Duration DAY = Duration.ofHours(24);

    private final EntityManager entities;
    private final QuotaSettings settings;
    private final Clock clock;

    EntrantQuotas(EntityManager entities, QuotaSettings settings, Clock clock) {
        this.entities = entities;
        this.settings = settings;
        this.clock = clock;
    }

    /** Room for one more entry of the entrant's in the edition. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireEntryRoom(UUID editionId, String entrant) {
        lock(entrant);
        long held = count("select count(*) from entry where edition_id = ?1 and owner_subject = ?2", editionId, entrant);
        int limit = settings.draftsPerEdition();
        if (held >= limit) {
            throw new Quota("drafts-per-edition", limit).exceeded("You hold " + held + " entries in this edition, "
                    + "the most an entrant may; delete a draft to start another");
        }
    }

    /** Room for one more nomination of the entrant's in the edition. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNominationRoom(UUID editionId, String entrant) {
        lock(entrant);
        long held = count("select count(*) from nomination where edition_id = ?1 and owner_subject = ?2", editionId,
                entrant);
        int limit = settings.nominationsPerEdition();
        if (held >= limit) {
            throw new Quota("nominations-per-edition", limit).exceeded("You hold " + held + " nominations in this "
                    + "edition, the most an entrant may; delete a draft to start another");
        }
    }

    /**
     * Room for a file of {@code adding} bytes among the entrant's files in the edition, entry images and nominee
     * photos alike, counted as stored; {@code replacing} is the size of a file it replaces (0 for none).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireStorageRoom(UUID editionId, String entrant, long adding, long replacing) {
        lock(entrant);
        long stored = count("""
                select coalesce((select sum(i.size_bytes) from entry_image i join entry e on e.id = i.entry_id
                                 where e.edition_id = ?1 and e.owner_subject = ?2), 0)
                     + coalesce((select sum(p.size_bytes) from nomination_photo p
                                 join nomination n on n.id = p.nomination_id
                                 where n.edition_id = ?1 and n.owner_subject = ?2), 0)""", editionId, entrant);
        long limit = settings.storedPerEdition().asLongValue();
        if (stored - replacing + adding > limit) {
            throw new Quota("stored-per-edition", limit).exceeded("Your files in this edition take " + stored
                    + " bytes; this one (" + adding + " bytes) would pass your quota of " + limit + " bytes; remove "
                    + "one first");
        }
    }

    /**
     * Room for one more nomination sent (submitted) by the entrant within 24 hours: a colleague's asks its nominee
     * for consent by email, so this bounds the mail an entrant makes the association send.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNominationSendable(String entrant) {
        lock(entrant);
        Instant now = clock.instant();
        int limit = settings.nominationsPerDay();
        // The limit-th newest sending in the window: while it is inside, the entrant is at the limit.
        @SuppressWarnings("unchecked")
        var newest = entities.createNativeQuery("""
                        select (extract(epoch from h.at) * 1000)::bigint from audit_trail h
                        join nomination n on n.id = h.subject_id and h.subject_type = 'nomination'
                        where n.owner_subject = ?1 and h.action in ('submitted', 'consent-requested') and h.at > ?2
                        order by h.at desc offset ?3 limit 1""")
                .setParameter(1, entrant).setParameter(2, now.minus(DAY)).setParameter(3, limit - 1)
                .getResultList();
        if (!newest.isEmpty()) {
            Instant freed = Instant.ofEpochMilli(((Number) newest.get(0)).longValue()).plus(DAY);
            throw new Quota("nominations-per-day", limit).reachedToday("You sent " + limit + " nominations in the "
                    + "last 24 hours, the most an entrant may; this one can be sent from " + freed,
                    Duration.between(now, freed));
        }
    }

    /** Serializes one entrant's quota-bound changes, to the end of the transaction. */
    private void lock(String entrant) {
        entities.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "entrant-quota/" + entrant).getSingleResult();
    }

    private long count(String sql, UUID editionId, String entrant) {
        return ((Number) entities.createNativeQuery(sql).setParameter(1, editionId).setParameter(2, entrant)
                .getSingleResult()).longValue();
    }
}
