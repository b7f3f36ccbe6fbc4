package org.jewelers.competition.custody;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PanachePages;

/**
 * Each edition's custody log: every step of every piece appended in one sequence per edition, each row sealed to the
 * one before ({@link LogSeal}). Appends to one edition's log wait for each other (a transaction-scoped advisory lock
 * on the edition), so that two steps never take the same place in the chain.
 */
@ApplicationScoped
class CustodyLog implements PanacheRepositoryBase<LogEntry, Long> {

    private final LogSeal seal;
    private final ObjectMapper json;

    CustodyLog(LogSeal seal, ObjectMapper json) {
        this.seal = seal;
        this.json = json;
    }

    /** Appends a step of {@code piece} from {@code from}; the piece is already at its new stage. */
    void append(Piece piece, String action, Stage from, String actor, Instant at, String place,
                Map<String, Object> details) {
        serialize(piece.editionId);
        LogEntry last = find("editionId = ?1 order by sequence desc", piece.editionId).firstResult();
        LogEntry entry = new LogEntry();
        entry.editionId = piece.editionId;
        entry.sequence = last == null ? 1 : last.sequence + 1;
        entry.entryId = piece.entryId;
        entry.action = action;
        entry.fromState = from == null ? null : from.code();
        entry.toState = piece.state;
        entry.actor = actor;
        entry.at = at;
        entry.place = place;
        entry.details = write(details);
        entry.hmac = seal.of(entry, last == null ? null : last.hmac);
        persist(entry);
        LogHead head = getEntityManager().find(LogHead.class, piece.editionId);
        boolean first = head == null;
        if (first) {
            head = new LogHead();
            head.editionId = piece.editionId;
        }
        head.sequence = entry.sequence;
        head.hmac = entry.hmac;
        if (first) {
            getEntityManager().persist(head);
        }
    }

    /**
     * Walks the edition's log in order and names the first row that is not as written: a row changed or missing in
     * the chain, rows cut from its end (against the head), or a piece whose state is not where its last logged step
     * left it. Appends wait while it runs, so that it never reads a step half written.
     */
    @Transactional
    Verification verify(UUID editionId) {
        serialize(editionId);
        long expected = 1;
        LogEntry previous = null;
        try (Stream<LogEntry> rows = find("editionId = ?1 order by sequence", editionId).stream()) {
            for (LogEntry entry : (Iterable<LogEntry>) rows::iterator) {
                if (entry.sequence != expected) {
                    return Verification.broken(expected - 1, entry,
                            "sequence " + expected + (entry.sequence > expected ? " is missing" : " repeats"));
                }
                if (!seal.holds(entry, previous == null ? null : previous.hmac)) {
                    return Verification.broken(expected - 1, entry,
                            "the row's HMAC does not match its content and the previous row's HMAC");
                }
                getEntityManager().detach(entry);
                previous = entry;
                expected++;
            }
        }
        long rows = expected - 1;
        LogHead head = getEntityManager().find(LogHead.class, editionId);
        long headSequence = head == null ? 0 : head.sequence;
        if (headSequence > rows) {
            return Verification.missing(rows, rows + 1, "rows " + (rows + 1) + " to " + headSequence
                    + " are missing from the log's end");
        }
        if (previous != null && (head == null || head.sequence != rows
                || !MessageDigest.isEqual(bytes(head.hmac), bytes(previous.hmac)))) {
            return Verification.broken(rows, previous, "the log's last row is not the one last written");
        }
        return stateDisagreement(editionId, rows).orElse(Verification.ok(rows));
    }

    /** A piece whose stage is not where its last logged step left it: its steps were cut from the log. */
    private Optional<Verification> stateDisagreement(UUID editionId, long rows) {
        List<Object[]> disagreements = getEntityManager().createNativeQuery("""
                        select l.id, l.sequence, c.entry_id, c.state, l.to_state
                        from custody c
                        left join lateral (select id, sequence, to_state from custody_log
                                           where edition_id = c.edition_id and entry_id = c.entry_id
                                           order by sequence desc limit 1) l on true
                        where c.edition_id = ?1 and (l.to_state is null or l.to_state <> c.state)
                        order by l.sequence nulls first limit 1""", Object[].class)
                .setParameter(1, editionId).getResultList();
        return disagreements.stream().findFirst().map(row -> row[0] == null
                ? Verification.missing(rows, rows + 1, "piece " + row[2] + " is " + row[3] + " with no step logged")
                : Verification.broken(rows, ((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                        "piece " + row[2] + " is " + row[3] + " but its last logged step left it " + row[4]));
    }

    /** Appends to one edition's log, and its verification, wait for each other until their transaction ends. */
    private void serialize(UUID editionId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended('custody_log:' || ?1, 0))")
                .setParameter(1, editionId.toString()).getSingleResult();
    }

    private static byte[] bytes(String hex) {
        return hex.getBytes(StandardCharsets.US_ASCII);
    }

    /** One page of the edition's log in its order, or of one piece's steps. */
    Page<LogEntryView> page(UUID editionId, UUID entryId, int page, int size) {
        return PanachePages.of(entryId == null ? find("editionId = ?1 order by sequence", editionId)
                        : find("editionId = ?1 and entryId = ?2 order by sequence", editionId, entryId), page, size)
                .map(entry -> new LogEntryView(entry.id, entry.sequence, entry.entryId, entry.action, entry.fromState,
                        entry.toState, entry.actor, entry.at, entry.place, read(entry.details), entry.hmac));
    }

    private Map<String, Object> read(String details) {
        try {
            return json.readValue(details, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A step's details are written as a JSON object", e);
        }
    }

    private String write(Map<String, Object> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A step's details are plain values", e);
        }
    }
}
