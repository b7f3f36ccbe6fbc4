package org.jewelers.directory.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.web.audit.FieldChanges;
import org.jewelers.web.paging.Page;

/** The audit history of members: every change, by whom and when, as a field-by-field difference. */
@ApplicationScoped
public class History implements PanacheRepositoryBase<HistoryEntry, Long> {

    private final ObjectMapper json;
    private final Clock clock;

    History(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** Records the difference between two snapshots of a member (any JSON-writable objects of one type). */
    public void record(UUID memberId, String actor, String action, Object before, Object after) {
        ObjectNode changes = FieldChanges.between(json, before, after, "version");
        HistoryEntry entry = new HistoryEntry();
        entry.memberId = memberId;
        entry.at = clock.instant();
        entry.actor = actor;
        entry.action = action;
        entry.changes = changes.toString();
        persist(entry);
    }

    public Page<Change> of(UUID memberId, int page, int size) {
        var query = find("memberId", Sort.descending("id"), memberId);
        return new Page<>(query.page(page, size).list().stream().map(this::change).toList(), query.count(), page, size);
    }

    private Change change(HistoryEntry entry) {
        try {
            return new Change(entry.at, entry.actor, entry.action, json.readTree(entry.changes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history entry " + entry.id + " is not JSON", e);
        }
    }

    /** One change as staff read it. */
    @Schema(name = "Change")
    public record Change(Instant at, @Schema(example = "staff-1") String actor, @Schema(example = "standing-changed") String action,
                         @Schema(description = "Each changed field with its value before and after") JsonNode changes) {
    }
}
