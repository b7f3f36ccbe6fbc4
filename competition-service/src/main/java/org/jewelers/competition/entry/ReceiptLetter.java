package org.jewelers.competition.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.jewelers.competition.notice.Letters;
import org.jewelers.competition.notice.NoticeKey;
import org.jewelers.competition.notice.NoticeKind;
import org.jewelers.competition.notice.NoticeTimes;
import org.jewelers.competition.notice.Notices;

/**
 * The email that carries an entry's receipt to its entrant: what was submitted, when, and its checksum. One per
 * receipt: a submit replayed under its idempotency key sends nothing new, a resubmit after a fix sends its own.
 */
@ApplicationScoped
class ReceiptLetter {

    private final Letters letters;
    private final Notices notices;

    ReceiptLetter(Letters letters, Notices notices) {
        this.letters = letters;
        this.notices = notices;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void send(String email, Entry entry, List<EntryImage> files, Receipt receipt) {
        List<Map<String, Object>> listed = files.stream().map(file -> Map.<String, Object>of(
                "position", file.position, "kind", file.kind.code(), "mediaType", file.mediaType,
                "sha256", file.sha256)).toList();
        notices.send(new NoticeKey(NoticeKind.RECEIPT, entry.id, "receipt-" + receipt.sha256().substring(0, 16),
                        email), entry.edition.id,
                letters.render(NoticeKind.RECEIPT, Map.of(
                        "title", entry.title, "edition", entry.edition.title, "entryId", receipt.entryId(),
                        "category", entry.category, "submittedAt", receipt.submittedAt(),
                        "submitted", NoticeTimes.of(receipt.submittedAt(), entry.edition.zone()),
                        "sha256", receipt.sha256(), "files", listed)));
    }
}
