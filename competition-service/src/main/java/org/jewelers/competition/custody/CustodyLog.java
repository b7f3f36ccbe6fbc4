package org.jewelers.competition.custody;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

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
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended('custody_log:' || ?1, 0))")
                .setParameter(1, piece.editionId.toString()).getSingleResult();
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
    }

    /** Walks the edition's log in order and names the first row that is not as written, or reports it whole. */
    @Transactional
    Verification verify(UUID editionId) {
        long expected = 1;
        String previous = null;
        try (Stream<LogEntry> rows = find("editionId = ?1 order by sequence", editionId).stream()) {
            for (LogEntry entry : (Iterable<LogEntry>) rows::iterator) {
                if (entry.sequence != expected) {
                    return Verification.broken(expected - 1, entry,
                            "sequence " + expected + (entry.sequence > expected ? " is missing" : " repeats"));
                }
                if (!seal.holds(entry, previous)) {
                    return Verification.broken(expected - 1, entry,
                            "the row's HMAC does not match its content and the previous row's HMAC");
                }
                getEntityManager().detach(entry);
                previous = entry.hmac;
                expected++;
            }
        }
        return Verification.ok(expected - 1);
    }

    private String write(Map<String, Object> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A step's details are plain values", e);
        }
    }
}
