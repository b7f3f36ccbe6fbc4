package org.jewelers.competition.broadcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.notice.NoticeKind;
import org.jewelers.competition.notice.NoticePreview;

/** A sent broadcast's message, named by the broadcast's id, as its first recipient (by address) reads it. */
@ApplicationScoped
class BroadcastNoticePreview implements NoticePreview {

    private final EntityManager entities;
    private final Broadcasts broadcasts;

    BroadcastNoticePreview(EntityManager entities, Broadcasts broadcasts) {
        this.entities = entities;
        this.broadcasts = broadcasts;
    }

    @Override
    public NoticeKind kind() {
        return NoticeKind.BROADCAST;
    }

    @Override
    @Transactional
    public Optional<Addressed> preview(UUID subjectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = entities.createNativeQuery("""
                        select b.subject, b.message,
                          (select min(r.recipient) from broadcast_recipient r where r.broadcast_id = b.id)
                        from broadcast b where b.id = ?1""")
                .setParameter(1, subjectId).getResultList();
        return found.stream().findFirst().map(broadcast -> new Addressed((String) broadcast[2],
                broadcasts.letter((String) broadcast[0], (String) broadcast[1])));
    }
}
