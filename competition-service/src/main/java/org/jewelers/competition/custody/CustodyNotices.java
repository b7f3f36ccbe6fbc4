package org.jewelers.competition.custody;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.entry.Entries;
import org.jewelers.competition.entry.Entry;
import org.jewelers.competition.notice.Letter;
import org.jewelers.competition.notice.Letters;
import org.jewelers.competition.notice.NoticeKey;
import org.jewelers.competition.notice.NoticeKind;
import org.jewelers.competition.notice.NoticePreview;
import org.jewelers.competition.notice.Notices;
import org.jewelers.competition.notice.NoticeTimes;

/**
 * Tells an entrant where their piece is, in the step's transaction: received (slot {@code received}) and sent back
 * (slot {@code return-shipped}), once per piece each; the shipping instructions go with the finalist notice. A
 * finalist withdrawn and reinstated keeps the notices already sent.
 */
@ApplicationScoped
class CustodyNotices {

    private final Notices notices;
    private final Letters letters;
    private final Entries entries;

    CustodyNotices(Notices notices, Letters letters, Entries entries) {
        this.notices = notices;
        this.letters = letters;
        this.entries = entries;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void received(Piece piece) {
        send(NoticeKind.CUSTODY_RECEIVED, "received", piece);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void returnShipped(Piece piece) {
        send(NoticeKind.CUSTODY_RETURN_SHIPPED, "return-shipped", piece);
    }

    private void send(NoticeKind kind, String slot, Piece piece) {
        Entry entry = entries.require(piece.entryId);
        if (entry.ownerEmail != null) {
            notices.send(new NoticeKey(kind, entry.id, slot, entry.ownerEmail), piece.editionId,
                    letter(kind, entry, piece));
        }
    }

    Optional<NoticePreview.Addressed> preview(NoticeKind kind, Pieces pieces, UUID entryId) {
        return pieces.findByIdOptional(entryId).flatMap(piece -> entries.findByIdOptional(entryId)
                .map(entry -> new NoticePreview.Addressed(entry.ownerEmail, letter(kind, entry, piece))));
    }

    private Letter letter(NoticeKind kind, Entry entry, Piece piece) {
        Map<String, Object> data = new HashMap<>();
        data.put("name", entry.ownerName);
        data.put("title", entry.title);
        data.put("edition", entry.edition.title);
        data.put("received", at(piece.receivedAt, entry));
        data.put("returning", at(piece.returningAt, entry));
        data.put("withdrawn", piece.withdrawn);
        data.put("carrier", piece.returnCarrier);
        data.put("trackingNumber", piece.returnTrackingNumber);
        return letters.render(kind, data);
    }

    private static Map<String, String> at(Instant instant, Entry entry) {
        return instant == null ? null : NoticeTimes.of(instant, entry.edition.zone());
    }

    /** Staff's preview of the receipt notice of a piece, named by its entry. */
    @ApplicationScoped
    static class ReceivedPreview implements NoticePreview {

        private final CustodyNotices notices;
        private final Pieces pieces;

        ReceivedPreview(CustodyNotices notices, Pieces pieces) {
            this.notices = notices;
            this.pieces = pieces;
        }

        @Override
        public NoticeKind kind() {
            return NoticeKind.CUSTODY_RECEIVED;
        }

        @Override
        @Transactional
        public Optional<Addressed> preview(UUID subjectId) {
            return notices.preview(kind(), pieces, subjectId);
        }
    }

    /** Staff's preview of the return notice of a piece, named by its entry. */
    @ApplicationScoped
    static class ReturnShippedPreview implements NoticePreview {

        private final CustodyNotices notices;
        private final Pieces pieces;

        ReturnShippedPreview(CustodyNotices notices, Pieces pieces) {
            this.notices = notices;
            this.pieces = pieces;
        }

        @Override
        public NoticeKind kind() {
            return NoticeKind.CUSTODY_RETURN_SHIPPED;
        }

        @Override
        @Transactional
        public Optional<Addressed> preview(UUID subjectId) {
            return notices.preview(kind(), pieces, subjectId);
        }
    }
}
