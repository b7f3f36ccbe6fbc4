package org.jewelers.competition.broadcast;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.UUID;
import org.jewelers.web.Coded;

/**
 * Whom a broadcast goes to among an edition's people, each as the query of their addresses (lower case) in the
 * edition {@code :edition}, and for judges at the instant {@code :now}. Only addresses the system holds count: an
 * entrant's as their token last carried it, a nominator's as given, a judge's on the roster.
 */
public enum Segment implements Coded {

    /** Owners of entries and nominations still drafts. */
    DRAFT_HOLDERS("draft-holders", """
            select lower(btrim(owner_email)) from entry
            where edition_id = :edition and status = 'DRAFT' and owner_email is not null
            union
            select lower(btrim(nominator_email)) from nomination
            where edition_id = :edition and status = 'DRAFT' and nominator_email is not null"""),
    /**
     * Owners of entries and nominations submitted and still in the competition: not withdrawn entries, nor
     * nominations whose nominee declined.
     */
    SUBMITTERS("submitters", """
            select lower(btrim(owner_email)) from entry
            where edition_id = :edition and status not in ('DRAFT', 'WITHDRAWN') and owner_email is not null
            union
            select lower(btrim(nominator_email)) from nomination
            where edition_id = :edition and status not in ('DRAFT', 'CONSENT_DECLINED')
              and nominator_email is not null"""),
    /** Entrants of the entries confirmed finalists of the edition's rounds (removed ones are no longer). */
    FINALISTS("finalists", """
            select lower(btrim(e.owner_email)) from round_finalist_confirmation c
            join round r on r.id = c.round_id
            join entry e on e.id = c.entry_id
            where r.edition_id = :edition and e.owner_email is not null"""),
    /** Roster judges with an assignment neither scored nor recused from in a round of the edition open now. */
    JUDGES_NOT_FINISHED("judges-not-finished", """
            select lower(btrim(j.email)) from judge j
            join judge_assignment a on a.judge_subject = j.judge_subject
            join round r on r.id = a.round_id and r.edition_id = j.edition_id
            where j.edition_id = :edition and r.opens_at <= :now and r.closes_at > :now
              and not a.recused and a.scored_at is null""");

    private final String code;
    private final String addresses;

    Segment(String code, String addresses) {
        this.code = code;
        this.addresses = addresses;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * The query {@code wrapped} with the segment's addresses (not yet distinct) for {@code {segment}}, its
     * parameters bound.
     */
    Query addresses(EntityManager entities, String wrapped, UUID edition, Instant now) {
        Query query = entities.createNativeQuery(wrapped.replace("{segment}", addresses))
                .setParameter("edition", edition);
        return addresses.contains(":now") ? query.setParameter("now", now) : query;
    }
}
