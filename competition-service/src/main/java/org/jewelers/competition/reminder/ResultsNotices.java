package org.jewelers.competition.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.entry.Entry;
import org.jewelers.competition.entry.EntryStatus;
import org.jewelers.competition.nomination.Dossier;
import org.jewelers.competition.nomination.Nomination;
import org.jewelers.competition.notice.Letter;
import org.jewelers.competition.notice.Letters;
import org.jewelers.competition.notice.NoticeKey;
import org.jewelers.competition.notice.NoticeKind;
import org.jewelers.competition.notice.NoticePreview;
import org.jewelers.competition.notice.Notices;
import org.jewelers.competition.notice.Reminder;

/**
 * Tells everyone an edition's results concern, at their publication time and never before (the gate of
 * {@code published.Publication}: the time has come and, for CASE, staff confirmed the winners). CASE: the entrant of
 * every entry judged to the end, as a winner, a finalist or not selected. 20 Under 40: the nominator of every
 * nomination screened eligible (a self-nominee hears once, as the nominee), and each such nominee, once whatever
 * the number of their nominations, as an honoree or not selected. Transactional: sent whatever the recipient
 * unsubscribed from.
 *
 * <p>Only editions published in the last {@link #LATE_BY} are told: a service down over a weekend still tells them
 * all, while editions published before this notice existed are not told years late.
 */
@ApplicationScoped
public class ResultsNotices implements Reminder, NoticePreview {

    static final String SLOT = "published";
    static final Duration LATE_BY = Duration.ofDays(30);

    private final EntityManager entities;
    private final Notices notices;
    private final Letters letters;

    ResultsNotices(EntityManager entities, Notices notices, Letters letters) {
        this.entities = entities;
        this.notices = notices;
        this.letters = letters;
    }

    /** One person told of one outcome. */
    private record Told(UUID subjectId, UUID editionId, String email, String name, String role, String title,
                        String outcome, String editionTitle) {
    }

    @Override
    public NoticeKind kind() {
        return NoticeKind.RESULTS;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int sendDue(Instant now, int limit) {
        int queued = 0;
        for (Told told : untold(now, limit)) {
            NoticeKey key = new NoticeKey(kind(), told.subjectId(), SLOT, told.email());
            if (notices.send(key, told.editionId(), letter(told))) {
                queued++;
            }
        }
        return queued;
    }

    /**
     * The results notice about an entry (to its entrant), a nomination (to its nominator) or a dossier (to its
     * nominee), as it would go out now: before the results are decided, the outcome is the entry's status so far.
     */
    @Override
    @Transactional
    public Optional<Addressed> preview(UUID subjectId) {
        Entry entry = entities.find(Entry.class, subjectId);
        if (entry != null) {
            return Optional.of(addressed(new Told(entry.id, entry.edition.id, entry.ownerEmail, entry.ownerName,
                    "entrant", entry.title, entry.status.code(), entry.edition.title)));
        }
        Nomination nomination = entities.find(Nomination.class, subjectId);
        if (nomination != null) {
            return Optional.of(addressed(new Told(nomination.id, nomination.edition.id, nomination.nominatorEmail,
                    nomination.nominatorName, "nominator", nomination.nomineeName,
                    honored(nomination.dossier), nomination.edition.title)));
        }
        Dossier dossier = entities.find(Dossier.class, subjectId);
        if (dossier != null) {
            return Optional.of(addressed(new Told(dossier.id, dossier.edition.id, dossier.nomineeEmail,
                    dossier.nomineeName, "nominee", dossier.nomineeName, honored(dossier), dossier.edition.title)));
        }
        return Optional.empty();
    }

    private Addressed addressed(Told told) {
        return new Addressed(told.email(), letter(told));
    }

    private static String honored(Dossier dossier) {
        return dossier != null && dossier.awardId != null ? "honoree" : "not-selected";
    }

    /** Up to {@code limit} people of editions published now (and lately) not yet told. */
    private List<Told> untold(Instant now, int limit) {
        List<Told> untold = new ArrayList<>();
        untold.addAll(told("entrant", """
                select x.id, e.id, x.owner_email, x.owner_name, x.title, x.status, e.title
                from entry x join edition e on e.id = x.edition_id
                where e.program = 'CASE_AWARDS' and e.results_publish_at <= ?1 and e.results_publish_at > ?2
                  and exists (select 1 from round r where r.edition_id = e.id and r.confirmed_at is not null)
                  and x.status in ('WINNER', 'FINALIST', 'NOT_SELECTED') and x.owner_email is not null
                  and not exists (select 1 from notice n where n.subject_id = x.id and n.kind = ?3
                    and n.slot = ?4 and n.recipient = lower(btrim(x.owner_email)))
                order by x.id limit ?5""", now, limit));
        untold.addAll(told("nominator", """
                select x.id, e.id, x.nominator_email, x.nominator_name, x.nominee_name,
                  case when d.award_id is null then 'not-selected' else 'honoree' end, e.title
                from nomination x join edition e on e.id = x.edition_id join dossier d on d.id = x.dossier_id
                where e.results_publish_at <= ?1 and e.results_publish_at > ?2
                  and x.status = 'ACCEPTED' and x.nominated_by = 'COLLEAGUE' and x.nominator_email is not null
                  and not exists (select 1 from notice n where n.subject_id = x.id and n.kind = ?3
                    and n.slot = ?4 and n.recipient = lower(btrim(x.nominator_email)))
                order by x.id limit ?5""", now, limit));
        untold.addAll(told("nominee", """
                select d.id, e.id, d.nominee_email, d.nominee_name, d.nominee_name,
                  case when d.award_id is null then 'not-selected' else 'honoree' end, e.title
                from dossier d join edition e on e.id = d.edition_id
                where e.results_publish_at <= ?1 and e.results_publish_at > ?2
                  and exists (select 1 from nomination x where x.dossier_id = d.id and x.status = 'ACCEPTED')
                  and not exists (select 1 from notice n where n.subject_id = d.id and n.kind = ?3
                    and n.slot = ?4 and n.recipient = lower(btrim(d.nominee_email)))
                order by d.id limit ?5""", now, limit));
        return untold.size() <= limit ? untold : untold.subList(0, limit);
    }

    private List<Told> told(String role, String query, Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery(query).setParameter(1, now)
                .setParameter(2, now.minus(LATE_BY)).setParameter(3, kind().code()).setParameter(4, SLOT)
                .setParameter(5, limit).getResultList();
        return rows.stream().map(row -> new Told((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                role, (String) row[4], outcome((String) row[5]), (String) row[6])).toList();
    }

    /** An entry's status, or a nominee's outcome, as the letter names it. */
    private static String outcome(String status) {
        return switch (status) {
            case "WINNER" -> EntryStatus.WINNER.code();
            case "FINALIST" -> EntryStatus.FINALIST.code();
            case "NOT_SELECTED" -> EntryStatus.NOT_SELECTED.code();
            default -> status;
        };
    }

    private Letter letter(Told told) {
        Map<String, Object> data = new HashMap<>();
        data.put("name", told.name() == null ? told.role() : told.name());
        data.put("role", told.role());
        data.put("title", told.title() == null ? "untitled" : told.title());
        data.put("outcome", told.outcome());
        data.put("edition", told.editionTitle());
        return letters.render(kind(), data);
    }
}
