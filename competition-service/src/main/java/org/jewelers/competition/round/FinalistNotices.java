package org.jewelers.competition.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.edition.CustodyTerms;
import org.jewelers.competition.entry.Entries;
import org.jewelers.competition.entry.Entry;
import org.jewelers.competition.judging.Round;
import org.jewelers.competition.judging.Rounds;
import org.jewelers.competition.notice.Letter;
import org.jewelers.competition.notice.Letters;
import org.jewelers.competition.notice.NoticeKey;
import org.jewelers.competition.notice.NoticeKind;
import org.jewelers.competition.notice.NoticePreview;
import org.jewelers.competition.notice.Notices;
import org.jewelers.competition.notice.NoticeTimes;

/**
 * Tells an entrant their piece is a finalist, in the transaction that confirms it (with the round's finalists, or
 * added after them), once per entry and round (slot {@code round-<roundId>}): what happens next, and where and by
 * when to ship the piece (the edition's custody terms) with its packing slip.
 */
@ApplicationScoped
class FinalistNotices implements NoticePreview {

    private final Notices notices;
    private final Letters letters;
    private final Entries entries;
    private final Rounds rounds;

    FinalistNotices(Notices notices, Letters letters, Entries entries, Rounds rounds) {
        this.notices = notices;
        this.letters = letters;
        this.entries = entries;
        this.rounds = rounds;
    }

    /** Tells the entrant of a finalist just confirmed, unless no address of theirs is kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    void tell(Round round, UUID entryId) {
        Entry entry = entries.require(entryId);
        if (entry.ownerEmail != null) {
            notices.send(new NoticeKey(NoticeKind.FINALIST, entry.id, "round-" + round.id, entry.ownerEmail),
                    round.edition.id, letter(round, entry));
        }
    }

    @Override
    public NoticeKind kind() {
        return NoticeKind.FINALIST;
    }

    /** For an entry confirmed a finalist of its edition's finals. */
    @Override
    @Transactional
    public Optional<Addressed> preview(UUID subjectId) {
        return entries.findByIdOptional(subjectId).flatMap(entry -> rounds.ofEdition(entry.edition.id).stream()
                .filter(round -> round.finalistConfirmations.containsKey(entry.id)).findFirst()
                .map(round -> new Addressed(entry.ownerEmail, letter(round, entry))));
    }

    private Letter letter(Round round, Entry entry) {
        Map<String, Object> data = new HashMap<>();
        data.put("name", entry.ownerName);
        data.put("title", entry.title);
        data.put("category", entry.edition.categories.stream().filter(category -> category.code.equals(entry.category))
                .map(category -> category.name).findFirst().orElse(entry.category));
        data.put("edition", entry.edition.title);
        data.put("opens", NoticeTimes.of(round.opensAt, entry.edition.zone()));
        data.put("closes", NoticeTimes.of(round.closesAt, entry.edition.zone()));
        data.put("resultsPublish", entry.edition.resultsPublishAt == null ? null
                : NoticeTimes.of(entry.edition.resultsPublishAt, entry.edition.zone()));
        CustodyTerms custody = entry.edition.custody;
        data.put("shipTo", custody == null ? null : custody.shipTo);
        data.put("shipBy", custody == null || custody.shipBy == null ? null
                : custody.shipBy.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.US)));
        data.put("insuredLimit", custody == null || custody.insuredLimitCents == null ? null
                : NumberFormat.getCurrencyInstance(Locale.US).format(custody.insuredLimitCents / 100.0));
        return letters.render(NoticeKind.FINALIST, data);
    }
}
