package org.jewelers.competition.notice;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * What makes a notice one of a kind: its kind, what it is about (an entry, a nomination, a round, a broadcast), its
 * slot ({@code 24h-before}, {@code accepted}, {@code published}) and its recipient. A key is enqueued once, whatever
 * replica, restart or redelivered event asks again.
 */
public record NoticeKey(NoticeKind kind, UUID subjectId, String slot, String recipient) {

    public NoticeKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(slot, "slot");
        recipient = recipient.strip().toLowerCase(Locale.ROOT);
        if (slot.isBlank() || slot.contains("/")) {
            throw new IllegalArgumentException("a slot is a non-blank word without '/': " + slot);
        }
    }

    /** The key as stored, and as the message's Message-ID is derived from. */
    public String text() {
        return kind.code() + "/" + subjectId + "/" + slot + "/" + recipient;
    }
}
