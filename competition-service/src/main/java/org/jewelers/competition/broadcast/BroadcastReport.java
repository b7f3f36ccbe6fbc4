package org.jewelers.competition.broadcast;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A broadcast and how far its messages got, from its notices and their mail_outbox rows: every recipient is counted
 * once, as sent, failed, cancelled or pending.
 */
@Schema(name = "BroadcastReport")
public record BroadcastReport(
        UUID id,
        @Schema(description = "The edition's id") UUID edition,
        @Schema(example = "draft-holders") String segment,
        @Schema(example = "Entries close on June 28") String subject,
        @Schema(description = "expanding: its notices are being queued (in batches, by the notice sweep); queued: "
                + "every recipient's notice is decided", enumeration = {"expanding", "queued"}, example = "queued")
        String status,
        Instant createdAt,
        @Schema(description = "The staff member who sent it (token subject)", example = "staff-1") String createdBy,
        @Schema(description = "Distinct addresses of the segment when it was sent, less those unsubscribed from "
                + "broadcasts", example = "412") long recipients,
        @Schema(description = "Accepted by the mail server", example = "398") long sent,
        @Schema(description = "Not yet sent: waiting their turn (the sender is paced at mail.max-per-second) or "
                + "not yet queued", example = "10") long pending,
        @Schema(description = "Not sent, the mail server having refused or been away at least once; retried with "
                + "backoff", example = "2") long failed,
        @Schema(description = "Not sent because the address unsubscribed from broadcasts after it was sent",
                example = "2") long cancelled) {

    static BroadcastReport of(Object[] row) {
        long recipients = number(row[7]);
        long reached = number(row[8]);
        long decided = number(row[9]);
        long sent = number(row[10]);
        long failed = number(row[11]);
        // A recipient reached without a notice had unsubscribed by their turn: cancelled too.
        long cancelled = number(row[12]) + reached - decided;
        return new BroadcastReport((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3], (String) row[4],
                instant(row[5]), (String) row[6], recipients, sent, recipients - sent - failed - cancelled, failed,
                cancelled);
    }

    /** A timestamptz as the driver hands it to a native query. */
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
