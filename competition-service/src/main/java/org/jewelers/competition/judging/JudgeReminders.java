package org.jewelers.competition.judging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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

/**
 * Reminds each judge on the roster who has unscored assignments in an open round, 48 and 24 hours before it
 * closes (the rules of {@link DueSlots}: a judge assigned after a slot's time does not get it late). A judge who
 * finished (every assignment they did not recuse from scored on every criterion) gets none, and finishing takes
 * back one queued and not yet sent. One notice per judge and round, keyed by the round.
 */
@ApplicationScoped
public class JudgeReminders implements Reminder, NoticePreview {

    static final List<ReminderSlot> SLOTS = List.of(new ReminderSlot("PT48H"), new ReminderSlot("PT24H"));

    private final EntityManager entities;
    private final Notices notices;
    private final Letters letters;

    JudgeReminders(EntityManager entities, Notices notices, Letters letters) {
        this.entities = entities;
        this.notices = notices;
        this.letters = letters;
    }

    /** A judge's unfinished work in one open round. */
    private record Unfinished(UUID roundId, Instant closesAt, UUID editionId, String editionTitle, ZoneId zone,
                              String stage, String email, String name, Instant assignedAt, long unscored) {
    }

    @Override
    public NoticeKind kind() {
        return NoticeKind.JUDGE_REMINDER;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int sendDue(Instant now, int limit) {
        int queued = 0;
        for (Unfinished work : unfinished(now)) {
            Optional<ReminderSlot> slot = DueSlots.latest(SLOTS, work.closesAt(), work.zone(), work.assignedAt(), now);
            if (slot.isEmpty()) {
                continue;
            }
            NoticeKey key = new NoticeKey(kind(), work.roundId(), slot.get().name(), work.email());
            if (!notices.decided(key) && notices.send(key, work.editionId(), letter(work))) {
                queued++;
                if (queued == limit) {
                    break;
                }
            }
        }
        return queued;
    }

    /** Called where a judge scores or recuses: once they have finished the round, an unsent reminder is taken back. */
    @Transactional(Transactional.TxType.MANDATORY)
    void scored(Round round, String judge) {
        boolean finished = entities.createQuery("select a from Assignment a where a.round = :round "
                        + "and a.judge = :judge and a.recused = false", Assignment.class)
                .setParameter("round", round).setParameter("judge", judge).getResultStream()
                .allMatch(Assignment::complete);
        Judge onRoster = entities.find(Judge.class, new Judge.Key(round.edition.id, judge));
        if (finished && onRoster != null) {
            notices.cancel(kind(), round.id, onRoster.email);
        }
    }

    /** The reminder to the judge of this assignment about its round, with their unscored work as it is now. */
    @Override
    @Transactional
    public Optional<Addressed> preview(UUID assignmentId) {
        Assignment assignment = entities.find(Assignment.class, assignmentId);
        if (assignment == null) {
            return Optional.empty();
        }
        Round round = assignment.round;
        Judge judge = entities.find(Judge.class, new Judge.Key(round.edition.id, assignment.judge));
        long unscored = entities.createQuery("select a from Assignment a where a.round = :round "
                        + "and a.judge = :judge and a.recused = false", Assignment.class)
                .setParameter("round", round).setParameter("judge", assignment.judge).getResultStream()
                .filter(a -> !a.complete()).count();
        return Optional.of(new Addressed(judge == null ? null : judge.email, letter(new Unfinished(round.id,
                round.closesAt, round.edition.id, round.edition.title, round.edition.zone(), round.stage.code(),
                judge == null ? null : judge.email, judge == null ? null : judge.name, assignment.createdAt,
                unscored))));
    }

    private List<Unfinished> unfinished(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("""
                        select r.id, r.closes_at, e.id, e.title, e.time_zone, r.stage, j.email, j.name,
                          min(a.created_at), count(*)
                        from judge_assignment a join round r on r.id = a.round_id join edition e on e.id = r.edition_id
                        join judge j on j.edition_id = r.edition_id and j.judge_subject = a.judge_subject
                        where r.opens_at <= ?1 and r.closes_at > ?1 and not a.recused
                          and exists (select 1 from round_criterion c where c.round_id = r.id and not exists
                            (select 1 from score s where s.assignment_id = a.id and s.criterion = c.code))
                        group by r.id, r.closes_at, e.id, e.title, e.time_zone, r.stage, j.email, j.name
                        order by r.closes_at, r.id, j.email""")
                .setParameter(1, now).getResultList();
        return rows.stream().map(row -> new Unfinished((UUID) row[0], instant(row[1]), (UUID) row[2],
                (String) row[3], ZoneId.of((String) row[4]), Stage.valueOf((String) row[5]).code(), (String) row[6],
                (String) row[7], instant(row[8]), ((Number) row[9]).longValue())).toList();
    }

    private Letter letter(Unfinished work) {
        return letters.render(kind(), Map.of(
                "name", work.name() == null ? "judge" : work.name(),
                "edition", work.editionTitle(),
                "stage", work.stage(),
                "closes", NoticeTimes.wallClock(work.closesAt(), work.zone()),
                "unscored", work.unscored(),
                "one", work.unscored() == 1));
    }

    /** A timestamptz as a native query answers it. */
    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant()
                : value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }
}
