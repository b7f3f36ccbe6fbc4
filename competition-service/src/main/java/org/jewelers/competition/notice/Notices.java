package org.jewelers.competition.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.mail.MailOutbox;
import org.jewelers.mail.OutgoingMail;

/**
 * The one way a notice goes out: decided once per {@link NoticeKey}, in the transaction of the change that causes
 * it, queued in {@code mail_outbox} under the same key (whose Message-ID is derived from it). A reminder carries a
 * one-click unsubscribe link (RFC 8058) and is not sent to an address that unsubscribed from its kind; a
 * transactional notice always is. A change that cancels a notice ({@link #cancel}) takes it back while unsent.
 */
@ApplicationScoped
public class Notices {

    /** Where a notice's own secret goes in its letter ({@link MailOutbox#SECRET} is its unsubscribe link's). */
    public static final String SECRET = MailOutbox.secret(1);

    private final EntityManager entities;
    private final MailOutbox outbox;
    private final UnsubscribeLinks links;
    private final Clock clock;

    Notices(EntityManager entities, MailOutbox outbox, UnsubscribeLinks links, Clock clock) {
        this.entities = entities;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Sends the notice unless it was decided before or its recipient unsubscribed from its kind.
     *
     * @param editionId the edition it belongs to, or null
     * @return whether it was queued now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean send(NoticeKey key, UUID editionId, Letter letter) {
        return send(key, editionId, letter, null);
    }

    /**
     * Sends a notice that carries a secret of its own (a consent link's token), at {@link #SECRET} in its letter,
     * kept in the outbox only until it is sent; otherwise as {@link #send(NoticeKey, UUID, Letter)}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean send(NoticeKey key, UUID editionId, Letter letter, String secret) {
        if (key.kind().reminder() && optedOut(key.recipient(), key.kind())) {
            return false;
        }
        int decided = entities.createNativeQuery("""
                        insert into notice (key, kind, subject_id, slot, recipient, edition_id, status, decided_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, 'queued', ?7) on conflict (key) do nothing""")
                .setParameter(1, key.text()).setParameter(2, key.kind().code()).setParameter(3, key.subjectId())
                .setParameter(4, key.slot()).setParameter(5, key.recipient()).setParameter(6, editionId)
                .setParameter(7, clock.instant()).executeUpdate();
        if (decided == 0) {
            return false;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String unsubscribe = "";
        if (key.kind().reminder()) {
            unsubscribe = links.token(key.recipient(), key.kind());
            headers.put("List-Unsubscribe", "<" + links.url() + ">");
            headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        String secrets = secret == null ? (unsubscribe.isEmpty() ? null : unsubscribe)
                : MailOutbox.secrets(unsubscribe, secret);
        return outbox.queue(new OutgoingMail(key.text(), key.recipient(), letter.subject(), letter.text(),
                letter.html(), headers, secrets, letter.attachment()));
    }

    /** Whether a notice of this key was decided already (sent, queued or cancelled). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean decided(NoticeKey key) {
        return !entities.createNativeQuery("select 1 from notice where key = ?1").setParameter(1, key.text())
                .getResultList().isEmpty();
    }

    /**
     * How many notices of this kind about this subject were decided, to anyone: a notice sent once per decision
     * (a screening outcome) numbers its slot by it, so that a later decision is a notice of its own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long count(NoticeKind kind, UUID subjectId) {
        return ((Number) entities.createNativeQuery("select count(*) from notice where kind = ?1 and subject_id = ?2")
                .setParameter(1, kind.code()).setParameter(2, subjectId).getSingleResult()).longValue();
    }

    /**
     * Takes back the unsent notices of this kind about this subject (the draft was submitted, the judge finished).
     *
     * @return how many it took back
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancel(NoticeKind kind, UUID subjectId) {
        @SuppressWarnings("unchecked")
        List<String> keys = entities.createNativeQuery("""
                        select n.key from notice n join mail_outbox m on m.message_key = n.key
                        where n.kind = ?1 and n.subject_id = ?2 and n.status = 'queued' and m.sent_at is null""")
                .setParameter(1, kind.code()).setParameter(2, subjectId).getResultList();
        return cancelled(keys);
    }

    /**
     * Takes back the unsent notices of this kind about this subject to one recipient (a judge finished the round).
     *
     * @return how many it took back
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancel(NoticeKind kind, UUID subjectId, String recipient) {
        @SuppressWarnings("unchecked")
        List<String> keys = entities.createNativeQuery("""
                        select n.key from notice n join mail_outbox m on m.message_key = n.key
                        where n.kind = ?1 and n.subject_id = ?2 and n.recipient = lower(?3) and n.status = 'queued'
                          and m.sent_at is null""")
                .setParameter(1, kind.code()).setParameter(2, subjectId).setParameter(3, recipient.strip())
                .getResultList();
        return cancelled(keys);
    }

    /** Stops this kind of reminder for the address, including those queued and not yet sent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void optOut(String recipient, NoticeKind kind) {
        entities.createNativeQuery("""
                        insert into notice_opt_out (recipient, kind, at) values (lower(?1), ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, recipient).setParameter(2, kind.code()).setParameter(3, clock.instant())
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> keys = entities.createNativeQuery("""
                        select n.key from notice n join mail_outbox m on m.message_key = n.key
                        where n.kind = ?1 and lower(n.recipient) = lower(?2) and n.status = 'queued'
                          and m.sent_at is null""")
                .setParameter(1, kind.code()).setParameter(2, recipient).getResultList();
        cancelled(keys);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean optedOut(String recipient, NoticeKind kind) {
        return !entities.createNativeQuery("select 1 from notice_opt_out where recipient = lower(?1) and kind = ?2")
                .setParameter(1, recipient).setParameter(2, kind.code()).getResultList().isEmpty();
    }

    private int cancelled(List<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        List<String> withdrawn = outbox.withdraw(keys);
        if (withdrawn.isEmpty()) {
            return 0;
        }
        return entities.createNativeQuery("update notice set status = 'cancelled' where key = any(cast(?1 as text[]))")
                .setParameter(1, withdrawn.toArray(String[]::new)).executeUpdate();
    }
}
