package org.jewelers.competition.submission;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.notice.Letter;
import org.jewelers.competition.notice.Letters;
import org.jewelers.competition.notice.NoticeKey;
import org.jewelers.competition.notice.NoticeKind;
import org.jewelers.competition.notice.NoticePreview;
import org.jewelers.competition.notice.NoticeTimes;
import org.jewelers.competition.notice.Notices;

/**
 * Tells an entrant or a nominator staff's screening decision, with its reason, in the transaction of the decision.
 * Each decision that changes the outcome or its reason is a notice of its own, its slot numbered by the screening
 * notices before it ({@code accepted-1}, {@code fix-requested-2}, {@code ineligible-3}); a fix request says what to
 * fix and by when: the owner's own deadline, extensions included, on the edition's clock. A decision that repeats
 * the one in force (a retried request) tells nothing new and sends nothing.
 */
@ApplicationScoped
public class ScreeningNotices implements NoticePreview {

    private final Notices notices;
    private final Letters letters;
    private final List<Lookup> lookups;
    private final Windows windows;

    ScreeningNotices(Notices notices, Letters letters, @All List<Lookup> lookups, Windows windows) {
        this.notices = notices;
        this.windows = windows;
        this.letters = letters;
        this.lookups = lookups;
    }

    /** Where entries and nominations are found by id for a preview, each in their own package. */
    public interface Lookup {

        /** The submission with this id as screened now, or empty when there is none of this sort. */
        Optional<Screened> screened(UUID id);
    }

    /**
     * A submission as screened, in the notice's terms.
     *
     * @param what       what it is to its owner: {@code entry "Tidepool Cuff"}, {@code nomination of Maya Okafor}
     * @param owner      the owner's token subject, whose window (with any extension) a fix is due in
     * @param ownerEmail the owner's kept address, or null when none is kept
     * @param decision   staff's decision in force, or null when it was not screened
     */
    public record Screened(UUID id, String what, Edition edition, String owner, String ownerName,
                           String ownerEmail, Screening.Decision decision, String reason) {
    }

    /**
     * Tells the owner the decision just taken, unless it repeats the one in force before or no address is kept
     * (the decision stands either way).
     *
     * @param changed whether the decision changed the outcome or its reason
     * @return whether a notice was queued
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tell(Screened screened, boolean changed) {
        if (!changed || screened.ownerEmail() == null) {
            return false;
        }
        long earlier = notices.count(NoticeKind.SCREENING_OUTCOME, screened.id());
        NoticeKey key = new NoticeKey(NoticeKind.SCREENING_OUTCOME, screened.id(),
                screened.decision().code() + "-" + (earlier + 1), screened.ownerEmail());
        return notices.send(key, screened.edition().id, letter(screened));
    }

    @Override
    public NoticeKind kind() {
        return NoticeKind.SCREENING_OUTCOME;
    }

    @Override
    @Transactional
    public Optional<Addressed> preview(UUID subjectId) {
        return lookups.stream().map(lookup -> lookup.screened(subjectId)).flatMap(Optional::stream)
                .filter(screened -> screened.decision() != null).findFirst()
                .map(screened -> new Addressed(screened.ownerEmail(), letter(screened)));
    }

    private Letter letter(Screened screened) {
        Map<String, Object> data = new HashMap<>();
        data.put("what", screened.what());
        data.put("edition", screened.edition().title);
        data.put("name", screened.ownerName());
        data.put("outcome", screened.decision().code());
        data.put("reason", screened.reason());
        if (screened.decision() == Screening.Decision.FIX_REQUESTED) {
            Window window = windows.of(screened.edition(), screened.owner());
            data.put("deadline", NoticeTimes.of(window.closesAt(), window.zone()));
        }
        return letters.render(NoticeKind.SCREENING_OUTCOME, data);
    }
}
