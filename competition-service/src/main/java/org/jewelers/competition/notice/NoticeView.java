package org.jewelers.competition.notice;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notice decided for a person, and what became of its message. */
@Schema(name = "Notice")
public record NoticeView(
        @Schema(example = "draft-reminder", enumeration = {"receipt", "consent-request",
                "nomination-submitted", "draft-reminder", "screening-outcome", "finalist", "results",
                "consent-reminder", "nominator-told", "judge-invitation", "judge-reminder", "broadcast",
                "custody-received", "custody-return-shipped"})
        String kind,
        @Schema(description = "What it is about: an entry, a nomination, a round, a broadcast, as its kind says")
        UUID subjectId,
        @Schema(description = "Which of the kind's notices about the subject", example = "24h-before") String slot,
        @Schema(description = "The edition's id, when it belongs to one") UUID edition,
        @Schema(description = "pending: queued, not sent yet; sent: accepted by the mail server; failed: not sent, "
                + "the mail server having refused or been away at least once (retried with backoff); cancelled: "
                + "taken back before it was sent", enumeration = {"pending", "sent", "failed", "cancelled"},
                example = "sent")
        String status,
        @Schema(description = "When it was decided (queued or, for a cancelled one, first queued)") Instant decidedAt,
        @Schema(description = "When the mail server accepted it") Instant sentAt,
        @Schema(description = "Tries to hand it to the mail server", example = "1") int attempts,
        @Schema(description = "Its subject line; null for a cancelled notice, whose message is not kept",
                example = "Your draft for CASE Awards 2027 closes in 24 hours") String subject) {
}
