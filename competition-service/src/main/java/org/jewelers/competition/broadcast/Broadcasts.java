package org.jewelers.competition.broadcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.edition.Editions;
import org.jewelers.competition.notice.Letter;
import org.jewelers.competition.notice.Letters;
import org.jewelers.competition.notice.NoticeKind;
import org.jewelers.competition.notice.RenderedNotice;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.web.paging.Page;
import org.jewelers.web.problem.ProblemException;

/**
 * Broadcasts: what staff write to a segment of an edition. Sending one keeps it with its recipients, resolved then,
 * and returns at once; {@link BroadcastExpansion} queues their notices in the background.
 */
@ApplicationScoped
public class Broadcasts {

    /** The one slot of a broadcast's notices: each recipient is sent a broadcast once. */
    static final String SLOT = "sent";

    /** The segment's addresses, each once, less those unsubscribed from broadcasts. */
    private static final String REACHABLE = """
            select distinct s.recipient from ({segment}) s(recipient)
            where s.recipient <> '' and not exists (
              select 1 from notice_opt_out o where o.recipient = s.recipient and o.kind = 'broadcast')""";

    /** A broadcast's report: the columns {@link BroadcastReport#of} reads, for the broadcasts {@code where} names. */
    private static final String REPORT = """
            select b.id, b.edition_id, b.segment, b.subject, b.status, b.created_at, b.created_by, b.recipients,
              (select count(*) from broadcast_recipient r where r.broadcast_id = b.id
                 and (b.status = 'queued' or r.recipient <= b.expanded_through)),
              count(n.key),
              count(m.sent_at),
              count(*) filter (where n.status = 'queued' and m.sent_at is null and m.attempts > 0
                                 and m.last_error is not null),
              count(*) filter (where n.status = 'cancelled')
            from broadcast b
            left join notice n on n.subject_id = b.id and n.kind = 'broadcast'
            left join mail_outbox m on m.message_key = n.key
            """;

    private final EntityManager entities;
    private final Editions editions;
    private final Letters letters;
    private final BroadcastHistory history;
    private final Clock clock;

    Broadcasts(EntityManager entities, Editions editions, Letters letters, BroadcastHistory history, Clock clock) {
        this.entities = entities;
        this.editions = editions;
        this.letters = letters;
        this.history = history;
        this.clock = clock;
    }

    /** A sent broadcast's report, and whether it was sent by an earlier request with the same key. */
    public record Sent(BroadcastReport report, boolean replayed) {
    }

    /** How many it would reach now, and the message as the first of them would read it. */
    @Transactional
    public BroadcastPreview preview(UUID editionId, BroadcastRequest request) {
        editions.require(editionId);
        Segment segment = request.chosen();
        Object[] reach = (Object[]) segment.addresses(entities, "select count(*), min(recipient collate \"C\") "
                        + "from (" + REACHABLE + ") reachable", editionId, clock.instant())
                .getSingleResult();
        return new BroadcastPreview(((Number) reach[0]).longValue(),
                RenderedNotice.of((String) reach[1], letter(request.subject(), request.message())));
    }

    /**
     * Sends a broadcast: keeps it and its recipients now, for {@link BroadcastExpansion} to queue their notices. A
     * repeat under the same {@code key} (the same request) answers the first one's report and sends nothing more.
     *
     * @param key the request's Idempotency-Key, or null
     * @throws ProblemException when the key was used for another request
     */
    @Transactional
    public Sent send(UUID editionId, BroadcastRequest request, String key, String actor) {
        editions.require(editionId);
        Segment segment = request.chosen();
        String fingerprint = key == null ? null : fingerprint(editionId, request);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        int created = entities.createNativeQuery("""
                        insert into broadcast (id, edition_id, segment, subject, message, status, recipients,
                          created_by, created_at, idempotency_key, fingerprint)
                        values (?1, ?2, ?3, ?4, ?5, 'expanding', 0, ?6, ?7, ?8, ?9)
                        on conflict (created_by, idempotency_key) do nothing""")
                .setParameter(1, id).setParameter(2, editionId).setParameter(3, segment.code())
                .setParameter(4, request.subject().strip()).setParameter(5, request.message().strip())
                .setParameter(6, actor).setParameter(7, now).setParameter(8, key).setParameter(9, fingerprint)
                .executeUpdate();
        if (created == 0) {
            return new Sent(replay(actor, key, fingerprint), true);
        }
        int recipients = segment.addresses(entities, "insert into broadcast_recipient (broadcast_id, recipient) "
                        + "select :broadcast, recipient from (" + REACHABLE + ") reachable", editionId, now)
                .setParameter("broadcast", id).executeUpdate();
        entities.createNativeQuery("update broadcast set recipients = ?2 where id = ?1")
                .setParameter(1, id).setParameter(2, recipients).executeUpdate();
        history.sent(id, actor, editionId, segment, request.subject().strip(), recipients);
        return new Sent(report(id).orElseThrow(), false);
    }

    @Transactional
    public Optional<BroadcastReport> report(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery(REPORT + "where b.id = ?1 group by b.id")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(BroadcastReport::of);
    }

    /** One page of an edition's broadcasts, newest first. */
    @Transactional
    public Page<BroadcastReport> of(UUID editionId, int page, int size) {
        editions.require(editionId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery(REPORT + """
                        where b.edition_id = ?1 group by b.id
                        order by b.created_at desc, b.id desc offset ?2 limit ?3""")
                .setParameter(1, editionId).setParameter(2, (long) page * size).setParameter(3, size)
                .getResultList();
        long total = ((Number) entities.createNativeQuery("select count(*) from broadcast where edition_id = ?1")
                .setParameter(1, editionId).getSingleResult()).longValue();
        return new Page<>(rows.stream().map(BroadcastReport::of).toList(), total, page, size);
    }

    /** A broadcast's message as each of its recipients reads it (the unsubscribe link is each one's own). */
    Letter letter(String subject, String message) {
        return letters.render(NoticeKind.BROADCAST, Map.of("subject", subject.strip(), "message", message.strip()));
    }

    private BroadcastReport replay(String actor, String key, String fingerprint) {
        Object[] first = (Object[]) entities.createNativeQuery(
                        "select id, fingerprint from broadcast where created_by = ?1 and idempotency_key = ?2")
                .setParameter(1, actor).setParameter(2, key).getSingleResult();
        if (!fingerprint.equals(first[1])) {
            throw new ProblemException(CompetitionProblem.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + key
                    + "' was used for another broadcast; use a new key for a new broadcast");
        }
        return report((UUID) first[0]).orElseThrow();
    }

    /** A send request's identity: the edition and the body. */
    private static String fingerprint(UUID editionId, BroadcastRequest request) {
        String identity = String.join("\u0000", editionId.toString(), request.segment(), request.subject().strip(),
                request.message().strip());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
