package org.jewelers.competition.notice;

import java.util.Optional;
import java.util.UUID;

/**
 * How staff see a notice before it goes out: each kind renders itself for the thing it is about, named by one id
 * as {@code GET /api/v1/review/notices/preview} shows it: an entry or a nomination for entrants', nominators' and
 * nominees' notices, a judge assignment (one judge in one round) for judges' notices.
 */
public interface NoticePreview {

    NoticeKind kind();

    /**
     * The notice as it would be sent now about {@code subjectId}, with its recipient, or empty when there is no
     * such subject for this kind.
     */
    Optional<Addressed> preview(UUID subjectId);

    /** A rendered notice and the address it goes to. */
    record Addressed(String recipient, Letter letter) {
    }
}
