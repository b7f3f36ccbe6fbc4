package org.jewelers.competition.judging;

import biweekly.ICalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.edition.EditionCalendar;
import org.jewelers.competition.notice.Letter;
import org.jewelers.competition.notice.Letters;
import org.jewelers.competition.notice.NoticeKey;
import org.jewelers.competition.notice.NoticeKind;
import org.jewelers.competition.notice.NoticePreview;
import org.jewelers.competition.notice.NoticeTimes;
import org.jewelers.competition.notice.Notices;
import org.jewelers.mail.OutgoingMail;

/**
 * Invites a judge to a round when they are first assigned in it, in the transaction of the assignment: once per
 * judge and round (slot {@value #SLOT}), whatever else they are assigned later in the round. The message states the
 * round's close and carries it as a calendar event ({@code .ics}, METHOD:PUBLISH) whose UID is the same for the
 * same judge and round in every copy, so that a calendar keeps one event.
 */
@ApplicationScoped
public class JudgeInvitations implements NoticePreview {

    static final String SLOT = "invited";
    static final String CALENDAR_TYPE = "text/calendar; method=PUBLISH; charset=UTF-8";

    private final Notices notices;
    private final Letters letters;
    private final Roster roster;
    private final EntityManager entities;
    private final Clock clock;

    JudgeInvitations(Notices notices, Letters letters, Roster roster, EntityManager entities, Clock clock) {
        this.notices = notices;
        this.letters = letters;
        this.roster = roster;
        this.entities = entities;
        this.clock = clock;
    }

    /** Invites the judge, just assigned in the round, unless they were invited to it before. */
    @Transactional(Transactional.TxType.MANDATORY)
    void invite(Round round, String judgeSubject) {
        roster.find(round.edition.id, judgeSubject).ifPresent(judge -> {
            NoticeKey key = new NoticeKey(NoticeKind.JUDGE_INVITATION, round.id, SLOT, judge.email);
            if (!notices.decided(key)) {
                notices.send(key, round.edition.id, letter(round, judge));
            }
        });
    }

    @Override
    public NoticeKind kind() {
        return NoticeKind.JUDGE_INVITATION;
    }

    /** For an assignment: the invitation of its judge to its round. */
    @Override
    @Transactional
    public Optional<Addressed> preview(UUID subjectId) {
        return Optional.ofNullable(entities.find(Assignment.class, subjectId))
                .flatMap(assignment -> roster.find(assignment.round.edition.id, assignment.judge)
                        .map(judge -> new Addressed(judge.email, letter(assignment.round, judge))));
    }

    private Letter letter(Round round, Judge judge) {
        Map<String, Object> data = new HashMap<>();
        data.put("name", judge.name);
        data.put("edition", round.edition.title);
        data.put("stage", round.stage.code());
        data.put("opens", NoticeTimes.of(round.opensAt, round.edition.zone()));
        data.put("closes", NoticeTimes.of(round.closesAt, round.edition.zone()));
        return letters.render(NoticeKind.JUDGE_INVITATION, data).withAttachment(
                new OutgoingMail.Attachment("judging-closes.ics", CALENDAR_TYPE, calendar(round, judge)));
    }

    /** One event at the round's close, in the edition's zone. */
    private String calendar(Round round, Judge judge) {
        ICalendar calendar = EditionCalendar.publishing(round.edition);
        // The judge's subject stays out of the UID, which calendars may share; a name-based UUID is as stable.
        UUID judgeKey = UUID.nameUUIDFromBytes(judge.key.judge().getBytes(StandardCharsets.UTF_8));
        calendar.addEvent(EditionCalendar.event("round-" + round.id + "-judge-" + judgeKey,
                round.edition.title + ": " + round.stage.code() + " judging closes", round.closesAt,
                clock.instant()));
        return EditionCalendar.write(calendar);
    }
}
