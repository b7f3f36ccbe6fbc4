package org.jewelers.competition.submission;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.notice.Letter;
import org.jewelers.competition.notice.Letters;
import org.jewelers.competition.notice.NoticeKey;
import org.jewelers.competition.notice.NoticeKind;
import org.jewelers.competition.notice.NoticePreview;
import org.jewelers.competition.notice.Notices;

/**
 * Tells an entrant or a nominator staff's screening decision, with its reason, in the transaction of the decision.
 * Each decision that changes the outcome or its reason is a notice of its own, its slot numbered by the screening
 * notices before it ({@code accepted-1}, {@code ineligible-2}); a decision that repeats the one in force (a retried
 * request) tells nothing new and sends nothing.
 */
@ApplicationScoped
public class ScreeningNotices implements NoticePreview {

    private final Notices notices;
    private final Letters letters;
    private final List<Lookup> lookups;

    ScreeningNotices(Notices notices, Letters letters, @All List<Lookup> lookups) {
        this.notices = notices;
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
     * @param ownerEmail the owner's kept address, or null when none is kept
     * @param eligible   staff's decision in force, or null when it was not screened
     */
    public record Screened(UUID id, String what, UUID editionId, String editionTitle, String ownerName,
                           String ownerEmail, Boolean eligible, String reason) {

        String outcome() {
            return eligible ? "accepted" : "ineligible";
        }
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
                screened.outcome() + "-" + (earlier + 1), screened.ownerEmail());
        return notices.send(key, screened.editionId(), letter(screened));
    }

    @Override
    public NoticeKind kind() {
        return NoticeKind.SCREENING_OUTCOME;
    }

    @Override
    @Transactional
    public Optional<Addressed> preview(UUID subjectId) {
        return lookups.stream().map(lookup -> lookup.screened(subjectId)).flatMap(Optional::stream)
                .filter(screened -> screened.eligible() != null).findFirst()
                .map(screened -> new Addressed(screened.ownerEmail(), letter(screened)));
    }

    private Letter letter(Screened screened) {
        Map<String, Object> data = new HashMap<>();
        data.put("what", screened.what());
        data.put("edition", screened.editionTitle());
        data.put("name", screened.ownerName());
        data.put("outcome", screened.outcome());
        data.put("reason", screened.reason());
        return letters.render(NoticeKind.SCREENING_OUTCOME, data);
    }
}
