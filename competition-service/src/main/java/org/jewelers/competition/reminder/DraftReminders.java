package org.jewelers.competition.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.entry.Entry;
import org.jewelers.competition.nomination.Nomination;
import org.jewelers.competition.notice.DueSlots;
import org.jewelers.competition.notice.Letter;
import org.jewelers.competition.notice.Letters;
import org.jewelers.competition.notice.NoticeKey;
import org.jewelers.competition.notice.NoticeKind;
import org.jewelers.competition.notice.NoticePreview;
import org.jewelers.competition.notice.NoticeTimes;
import org.jewelers.competition.notice.Notices;
import org.jewelers.competition.notice.Reminder;
import org.jewelers.competition.notice.ReminderSlot;
import org.jewelers.competition.submission.Windows;

/**
 * Reminds entrants (CASE entries) and nominators (20 Under 40 nominations) of an unsubmitted draft, at the times
 * the edition sets ({@link Edition#draftReminderSlots()}) counted back from the owner's own deadline: the edition's
 * close, or the end of the extension staff granted them. The rules of {@link DueSlots} apply. It goes to the owner's
 * email as kept from their last write; a draft whose owner's token carried none is not reminded. Submitting or
 * deleting the draft cancels a reminder queued and not yet sent.
 */
@ApplicationScoped
public class DraftReminders implements Reminder, NoticePreview {

    private final EntityManager entities;
    private final Notices notices;
    private final Letters letters;
    private final Windows windows;

    DraftReminders(EntityManager entities, Notices notices, Letters letters, Windows windows) {
        this.entities = entities;
        this.notices = notices;
        this.letters = letters;
        this.windows = windows;
    }

    /** An unsubmitted draft, its owner and their deadline. */
    private record Draft(UUID id, String kind, String email, String name, String title, Instant createdAt,
                         Instant deadline, UUID editionId, String editionTitle, ZoneId zone, String reminders) {

        List<ReminderSlot> slots() {
            return Edition.draftReminderSlots(reminders);
        }
    }

    @Override
    public NoticeKind kind() {
        return NoticeKind.DRAFT_REMINDER;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int sendDue(Instant now, int limit) {
        int queued = 0;
        for (Draft draft : open(now)) {
            Optional<ReminderSlot> slot = DueSlots.latest(draft.slots(), draft.deadline(), draft.zone(),
                    draft.createdAt(), now);
            if (slot.isEmpty()) {
                continue;
            }
            NoticeKey key = new NoticeKey(kind(), draft.id(), slot.get().name(), draft.email());
            if (!notices.decided(key) && notices.send(key, draft.editionId(), letter(draft))) {
                queued++;
                if (queued == limit) {
                    break;
                }
            }
        }
        return queued;
    }

    @Override
    @Transactional
    public Optional<Addressed> preview(UUID subjectId) {
        Entry entry = entities.find(Entry.class, subjectId);
        if (entry != null) {
            return Optional.of(new Addressed(entry.ownerEmail, letter(new Draft(entry.id, "entry", entry.ownerEmail,
                    entry.ownerName, entry.title, entry.createdAt,
                    windows.of(entry.edition, entry.ownerSubject).closesAt(), entry.edition.id, entry.edition.title,
                    entry.edition.zone(), entry.edition.draftReminders))));
        }
        Nomination nomination = entities.find(Nomination.class, subjectId);
        if (nomination != null) {
            Edition edition = nomination.edition;
            return Optional.of(new Addressed(nomination.nominatorEmail, letter(new Draft(nomination.id, "nomination",
                    nomination.nominatorEmail, nomination.nominatorName, nomination.nomineeName,
                    nomination.createdAt, windows.of(edition, nomination.ownerSubject).closesAt(), edition.id,
                    edition.title, edition.zone(), edition.draftReminders))));
        }
        return Optional.empty();
    }

    /** The drafts whose owner's deadline is still ahead and whose edition sends draft reminders, oldest first. */
    private List<Draft> open(Instant now) {
        List<Draft> drafts = new ArrayList<>();
        drafts.addAll(drafts("entry", """
                select d.id, d.owner_email, d.owner_name, d.title, d.created_at, coalesce(x.until, e.closes_at),
                  e.id, e.title, e.time_zone, e.draft_reminders
                from entry d join edition e on e.id = d.edition_id
                left join window_extension x on x.edition_id = d.edition_id and x.subject = d.owner_subject
                where d.status = 'DRAFT' and d.owner_email is not null and e.draft_reminders <> ''
                  and coalesce(x.until, e.closes_at) > ?1
                order by d.created_at, d.id""", now));
        drafts.addAll(drafts("nomination", """
                select d.id, d.nominator_email, d.nominator_name, d.nominee_name, d.created_at,
                  coalesce(x.until, e.closes_at), e.id, e.title, e.time_zone, e.draft_reminders
                from nomination d join edition e on e.id = d.edition_id
                left join window_extension x on x.edition_id = d.edition_id and x.subject = d.owner_subject
                where d.status = 'DRAFT' and d.nominator_email is not null and e.draft_reminders <> ''
                  and coalesce(x.until, e.closes_at) > ?1
                order by d.created_at, d.id""", now));
        return drafts;
    }

    private List<Draft> drafts(String kind, String query, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery(query).setParameter(1, now).getResultList();
        return rows.stream().map(row -> new Draft((UUID) row[0], kind, (String) row[1], (String) row[2],
                (String) row[3], instant(row[4]), instant(row[5]), (UUID) row[6], (String) row[7],
                ZoneId.of((String) row[8]), (String) row[9])).toList();
    }

    private Letter letter(Draft draft) {
        Map<String, Object> data = new HashMap<>();
        data.put("name", draft.name() == null ? "entrant" : draft.name());
        data.put("entry", "entry".equals(draft.kind()));
        data.put("title", draft.title() == null || draft.title().isBlank() ? "untitled" : draft.title());
        data.put("edition", draft.editionTitle());
        data.put("deadline", NoticeTimes.wallClock(draft.deadline(), draft.zone()));
        return letters.render(kind(), data);
    }

    /** A timestamptz as a native query answers it. */
    static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant()
                : value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }
}
