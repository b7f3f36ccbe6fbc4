package org.jewelers.competition.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.notice.Letter;
import org.jewelers.competition.notice.Letters;
import org.jewelers.competition.notice.NoticeKey;
import org.jewelers.competition.notice.NoticeKind;
import org.jewelers.competition.notice.NoticePreview;
import org.jewelers.competition.notice.NoticeTimes;
import org.jewelers.competition.notice.Notices;

/**
 * Tells the nominator the nominee's answer to the consent request, in the transaction of the answer: once they
 * consented (slot {@code consented}), once they declined ({@code declined}).
 */
@ApplicationScoped
class NominatorTold implements NoticePreview {

    private final Notices notices;
    private final Letters letters;
    private final Nominations nominations;

    NominatorTold(Notices notices, Letters letters, Nominations nominations) {
        this.notices = notices;
        this.letters = letters;
        this.nominations = nominations;
    }

    /** Tells the nominator the answer just given, unless no address of theirs is kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    void tell(Nomination nomination) {
        String answer = answer(nomination);
        if (answer != null && nomination.nominatorEmail != null) {
            notices.send(new NoticeKey(NoticeKind.NOMINATOR_TOLD, nomination.id, answer, nomination.nominatorEmail),
                    nomination.edition.id, letter(nomination, answer));
        }
    }

    @Override
    public NoticeKind kind() {
        return NoticeKind.NOMINATOR_TOLD;
    }

    @Override
    @Transactional
    public Optional<Addressed> preview(UUID subjectId) {
        return nominations.findByIdOptional(subjectId).filter(nomination -> answer(nomination) != null)
                .map(nomination -> new Addressed(nomination.nominatorEmail, letter(nomination, answer(nomination))));
    }

    /** How the nominee is named to the nominator: by name, or by the address the nominator gave. */
    static String nominee(Nomination nomination) {
        return nomination.nomineeName == null ? nomination.nomineeEmail : nomination.nomineeName;
    }

    /** The nominee's answer, or null while there is none. */
    private static String answer(Nomination nomination) {
        if (nomination.status == NominationStatus.CONSENT_DECLINED) {
            return "declined";
        }
        return nomination.consentedAt == null ? null : "consented";
    }

    private Letter letter(Nomination nomination, String answer) {
        Map<String, Object> data = new HashMap<>();
        data.put("name", nomination.nominatorName);
        data.put("nominee", nominee(nomination));
        data.put("edition", nomination.edition.title);
        data.put("answer", answer);
        data.put("id", nomination.id);
        data.put("list", nomination.list);
        data.put("submitted", nomination.submittedAt == null ? null
                : NoticeTimes.of(nomination.submittedAt, nomination.edition.zone()));
        return letters.render(NoticeKind.NOMINATOR_TOLD, data);
    }
}
