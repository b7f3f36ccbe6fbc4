package org.jewelers.competition.entry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.web.problem.ProblemException;

/**
 * Idempotency keys of submits, per entrant. A key is claimed in the submit's own transaction: a submit that fails
 * releases it with the rollback, and a concurrent request with the same key waits on the claim, then sees the
 * first one's outcome.
 */
@ApplicationScoped
class SubmitKeys {

    private final EntityManager entities;
    private final ObjectMapper json;
    private final Clock clock;

    SubmitKeys(EntityManager entities, ObjectMapper json, Clock clock) {
        this.entities = entities;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Claims the key for this request, or answers the receipt the key was first used for.
     *
     * @return empty when the key is new: go on and submit, then {@link #answer} it
     * @throws ProblemException when the key was first used with another request
     */
    Optional<Receipt> claim(String owner, String key, UUID entryId, String fingerprint) {
        int claimed = entities.createNativeQuery("""
                        insert into submit_key (owner_subject, idempotency_key, fingerprint, entry_id, created_at)
                        values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, owner).setParameter(2, key).setParameter(3, fingerprint).setParameter(4, entryId)
                .setParameter(5, clock.instant())
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery(
                        "select fingerprint, receipt from submit_key where owner_subject = ?1 and idempotency_key = ?2")
                .setParameter(1, owner).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw new ProblemException(CompetitionProblem.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + key
                    + "' was used for another submit request; use a new key for a new request");
        }
        try {
            return Optional.of(json.readValue((String) row[1], Receipt.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored receipt of key " + key + " is not JSON", e);
        }
    }

    void answer(String owner, String key, Receipt receipt) {
        try {
            entities.createNativeQuery("update submit_key set receipt = ?1 where owner_subject = ?2 and idempotency_key = ?3")
                    .setParameter(1, json.writeValueAsString(receipt)).setParameter(2, owner).setParameter(3, key)
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a receipt is always writable", e);
        }
    }

    /** A submit request's identity: the entry it names and its body, canonical. */
    static String fingerprint(UUID entryId, SubmitRequest body) {
        Long version = body == null ? null : body.version();
        return CanonicalJson.sha256(CanonicalJson.write(Map.of("entryId", entryId.toString(),
                "version", version == null ? "" : version.toString())));
    }
}
