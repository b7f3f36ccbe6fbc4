package org.jewelers.directory.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jewelers.directory.listing.Listing;

/**
 * The change feed: what partners see change in the public directory, one row per change, written in the transaction
 * of the change itself (from the place that announces member events), read by cursor and delivered to webhooks.
 */
@ApplicationScoped
public class MemberChanges {

    public static final String LISTED = "member.listed";
    public static final String UPDATED = "member.updated";
    public static final String UNLISTED = "member.unlisted";

    /** The advisory lock that orders the feed's writers: taken until commit, so seq order is commit order. */
    private static final long FEED_LOCK = 0x6d656d6265724cL;

    private final EntityManager entities;
    private final ObjectMapper json;
    private final Clock clock;

    MemberChanges(EntityManager entities, ObjectMapper json, Clock clock) {
        this.entities = entities;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records what a member's change means to the public: listed (first seen, or back), updated, or unlisted (an
     * opt-out, lapse, suspension or departure). A change to a firm that is not listed and was not before shows nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Listing listing, boolean listed) {
        boolean wasListed = wasListed(listing.id());
        String type;
        JsonNode data;
        if (listed) {
            type = wasListed ? UPDATED : LISTED;
            data = json.valueToTree(listing);
        } else if (wasListed) {
            type = UNLISTED;
            data = unlisted(listing.id(), listing.version());
        } else {
            return;
        }
        entities.createNativeQuery("select pg_advisory_xact_lock(:lock)").setParameter("lock", FEED_LOCK).getSingleResult();
        entities.createNativeQuery("""
                        insert into member_change (id, member_id, type, version, occurred_at, data)
                        values (:id, :member, :type, :version, :at, cast(:data as jsonb))""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("member", listing.id())
                .setParameter("type", type)
                .setParameter("version", listing.version())
                .setParameter("at", clock.instant())
                .setParameter("data", text(data))
                .executeUpdate();
    }

    /** Up to {@code limit} changes after the cursor, oldest first. */
    public List<MemberChange> after(long cursor, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("""
                        select seq, id, member_id, type, version, occurred_at, data::text from member_change
                        where seq > :cursor order by seq limit :limit""")
                .setParameter("cursor", cursor)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(this::change).toList();
    }

    /** The cursor of the newest change: where a subscription made now starts. */
    public long latest() {
        return ((Number) entities.createNativeQuery("select coalesce(max(seq), 0) from member_change").getSingleResult())
                .longValue();
    }

    private boolean wasListed(UUID member) {
        List<?> last = entities.createNativeQuery(
                        "select type from member_change where member_id = :member order by seq desc limit 1")
                .setParameter("member", member)
                .getResultList();
        return !last.isEmpty() && !UNLISTED.equals(last.get(0));
    }

    private ObjectNode unlisted(UUID id, long version) {
        ObjectNode data = json.createObjectNode();
        data.put("id", id.toString());
        data.put("version", version);
        return data;
    }

    private MemberChange change(Object[] row) {
        try {
            Instant at = row[5] instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) row[5];
            return new MemberChange(Long.toString(((Number) row[0]).longValue()), (UUID) row[1], (UUID) row[2],
                    (String) row[3], ((Number) row[4]).longValue(), at, json.readTree((String) row[6]));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored change is not JSON", e);
        }
    }

    private String text(JsonNode data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
