package org.jewelers.competition.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.SortParameter;

/**
 * Every notice decided for a person, read from {@code notice} and its message in {@code mail_outbox} (by key). Only
 * decided notices are rows: a reminder whose time has not come is decided when it comes, so it is not listed yet.
 */
@ApplicationScoped
public class NoticeLog {

    /** What the list sorts by: parameter name to column. */
    public static final SortParameter<String> SORTS = SortParameter.<String>builder()
            .bothWays("decidedAt", "n.decided_at")
            .bothWays("sentAt", "m.sent_at")
            .bothWays("kind", "n.kind")
            .build();

    /** The default order: newest first. */
    public static final SortParameter.Sorted<String> NEWEST = new SortParameter.Sorted<>("n.decided_at", true);

    private final EntityManager entities;

    NoticeLog(EntityManager entities) {
        this.entities = entities;
    }

    /** One page of the notices to {@code recipient} (any case), in {@code order}, ties newest first. */
    @Transactional
    public Page<NoticeView> to(String recipient, SortParameter.Sorted<String> order, int page, int size) {
        String direction = order.descending() ? " desc nulls last" : " asc nulls last";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("""
                        select n.kind, n.subject_id, n.slot, n.edition_id,
                          case when n.status = 'cancelled' then 'cancelled'
                               when m.sent_at is not null then 'sent'
                               when m.attempts > 0 and m.last_error is not null then 'failed'
                               else 'pending' end,
                          n.decided_at, m.sent_at, coalesce(m.attempts, 0), m.subject
                        from notice n left join mail_outbox m on m.message_key = n.key
                        where lower(n.recipient) = lower(?1)
                        order by\s""" + order.key() + direction + ", n.decided_at desc, n.key offset ?2 limit ?3")
                .setParameter(1, recipient.strip()).setParameter(2, (long) page * size).setParameter(3, size)
                .getResultList();
        long total = ((Number) entities.createNativeQuery(
                        "select count(*) from notice where lower(recipient) = lower(?1)").setParameter(1, recipient.strip()).getSingleResult()).longValue();
        return new Page<>(rows.stream().map(NoticeLog::view).toList(), total, page, size);
    }

    private static NoticeView view(Object[] row) {
        return new NoticeView((String) row[0], (UUID) row[1], (String) row[2], (UUID) row[3], (String) row[4],
                instant(row[5]), instant(row[6]), ((Number) row[7]).intValue(), (String) row[8]);
    }

    /** A timestamptz as the driver hands it to a native query. */
    static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }
}
