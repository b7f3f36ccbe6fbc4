package org.jewelers.competition.broadcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jewelers.competition.notice.Letter;
import org.jewelers.competition.notice.NoticeKey;
import org.jewelers.competition.notice.NoticeKind;
import org.jewelers.competition.notice.Notices;
import org.jewelers.competition.notice.Reminder;
import org.jewelers.competition.notice.ReminderSweep;

/**
 * Turns sent broadcasts into notices, oldest broadcast first, in the batches {@link ReminderSweep} asks for: on one
 * replica at a time (the sweep's lease), each batch one transaction that queues its recipients' notices through
 * {@link Notices#send} and moves the broadcast's cursor ({@code expanded_through}) past them. A replica killed midway
 * loses at most its open batch, which the next sweep does again from the cursor; a batch done twice (two sweeps at
 * once) queues nothing twice, each notice's key being the broadcast, the slot {@code sent} and the recipient. The
 * messages then go out at the mail sender's pace ({@code mail.max-per-second}).
 */
@ApplicationScoped
class BroadcastExpansion implements Reminder {

    private final EntityManager entities;
    private final Broadcasts broadcasts;
    private final Notices notices;
    private final BroadcastHistory history;

    BroadcastExpansion(EntityManager entities, Broadcasts broadcasts, Notices notices, BroadcastHistory history) {
        this.entities = entities;
        this.broadcasts = broadcasts;
        this.notices = notices;
        this.history = history;
    }

    @Override
    public NoticeKind kind() {
        return NoticeKind.BROADCAST;
    }

    /**
     * Decides the notices of up to {@code limit} recipients of the broadcasts still expanding. A recipient who
     * unsubscribed since the broadcast was sent is decided without a notice, and counted, so that the sweep asks
     * again while there may be more.
     *
     * @return how many recipients it went through
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int sendDue(Instant now, int limit) {
        int decided = 0;
        while (decided < limit) {
            @SuppressWarnings("unchecked")
            List<Object[]> expanding = entities.createNativeQuery("""
                            select id, edition_id, subject, message, expanded_through from broadcast
                            where status = 'expanding' order by created_at, id limit 1 for update""")
                    .getResultList();
            if (expanding.isEmpty()) {
                break;
            }
            Object[] broadcast = expanding.get(0);
            UUID id = (UUID) broadcast[0];
            int room = limit - decided;
            @SuppressWarnings("unchecked")
            List<String> recipients = entities.createNativeQuery("""
                            select recipient from broadcast_recipient where broadcast_id = ?1 and recipient > ?2
                            order by recipient limit ?3""")
                    .setParameter(1, id).setParameter(2, broadcast[4]).setParameter(3, room).getResultList();
            Letter letter = broadcasts.letter((String) broadcast[2], (String) broadcast[3]);
            for (String recipient : recipients) {
                notices.send(new NoticeKey(NoticeKind.BROADCAST, id, Broadcasts.SLOT, recipient), (UUID) broadcast[1],
                        letter);
            }
            decided += recipients.size();
            if (!recipients.isEmpty()) {
                entities.createNativeQuery("update broadcast set expanded_through = ?2 where id = ?1")
                        .setParameter(1, id).setParameter(2, recipients.get(recipients.size() - 1)).executeUpdate();
            }
            if (recipients.size() < room) {
                entities.createNativeQuery("update broadcast set status = 'queued', expanded_at = ?2 where id = ?1")
                        .setParameter(1, id).setParameter(2, now).executeUpdate();
                history.queued(id);
            }
        }
        return decided;
    }
}
