package org.jewelers.competition.entry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.fee.FeeStanding;
import org.jewelers.competition.fee.Refunds;
import org.jewelers.competition.notice.NoticeKind;
import org.jewelers.competition.notice.Notices;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.competition.submission.Outcome;
import org.jewelers.competition.submission.Windows;
import org.jewelers.contracts.EventTypes;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/**
 * An entrant submits a draft, with its receipt, or withdraws a submitted entry. Both are kept in the history and
 * announced on the entries topic in the same transaction.
 */
@ApplicationScoped
public class EntrySubmits {

    private final Clock clock;
    private final Entries entries;
    private final EntryImages images;
    private final Windows windows;
    private final Eligibility eligibility;
    private final SubmitKeys keys;
    private final EntryHistory history;
    private final EntryAnnouncements announcements;
    private final ReceiptLetter receiptLetter;
    private final ObjectMapper json;
    private final Notices notices;
    private final FeeStanding fees;
    private final Refunds refunds;
    private final List<WithdrawalFollower> followers;

    EntrySubmits(Clock clock, Entries entries, EntryImages images, Windows windows, Eligibility eligibility,
                 SubmitKeys keys, EntryHistory history, EntryAnnouncements announcements, ReceiptLetter receiptLetter,
                 ObjectMapper json, Notices notices, FeeStanding fees, Refunds refunds,
                 @All List<WithdrawalFollower> followers) {
        this.followers = followers;
        this.fees = fees;
        this.refunds = refunds;
        this.clock = clock;
        this.entries = entries;
        this.images = images;
        this.windows = windows;
        this.eligibility = eligibility;
        this.keys = keys;
        this.history = history;
        this.announcements = announcements;
        this.receiptLetter = receiptLetter;
        this.json = json;
        this.notices = notices;
    }

    /**
     * Submits a draft: inside the entrant's window, complete, and eligible by every rule. Under an idempotency key
     * a repeat of the same request answers the first receipt and changes nothing. The receipt is emailed to
     * {@code email} (the entrant's, from their token; none when the token has no address) with the submit.
     */
    @Transactional
    public Submitted submit(UUID id, String owner, UUID memberId, String email, String key, SubmitRequest body) {
        Entry entry = entries.lockOwn(id, owner);
        if (key != null) {
            Optional<Receipt> earlier = keys.claim(owner, key, id, SubmitKeys.fingerprint(id, body));
            if (earlier.isPresent()) {
                return new Submitted(earlier.get(), true);
            }
        }
        entry.requireDraft("submitted again");
        if (body != null && body.version() != null && body.version() != entry.version) {
            throw ProblemException.conflict("The draft changed since version " + body.version() + " (now "
                    + entry.version + "); review it and submit again");
        }
        windows.requireOpen(entry.edition, owner, fees.windowJudgedAt(entry.id));
        List<EntryImage> files = images.of(entry.id);
        requireComplete(entry, files);
        if (memberId != null) {
            lockFirm(entry.edition, memberId);
        }
        Instant now = clock.instant();
        Eligibility.Evidence evidence = eligibility.check(entry, memberId, now);
        Outcome.requireAllPassed(evidence.rules(), CompetitionProblem.INELIGIBLE);
        fees.requireSettled(EntryFees.payable(entry));
        entry.memberId = memberId;
        entry.eligibility = write(evidence);
        entry.status = EntryStatus.SUBMITTED;
        entry.submittedAt = now;
        entry.updatedAt = now;
        entry.receiptSha256 = CanonicalJson.sha256(Receipt.canonicalForm(entry, files));
        history.record(entry, owner, "submitted", EntryStatus.DRAFT, null);
        notices.cancel(NoticeKind.DRAFT_REMINDER, entry.id);
        announcements.announce(EventTypes.ENTRY_SUBMITTED, entry, null);
        Receipt receipt = Receipt.of(entry, fees.of(entry.id).orElse(null));
        if (key != null) {
            keys.answer(owner, key, receipt);
        }
        if (email != null && !email.isBlank()) {
            receiptLetter.send(email, entry, files, receipt);
        }
        return new Submitted(receipt, false);
    }

    @Transactional
    public Entry withdraw(UUID id, String owner, String reason) {
        Entry entry = entries.lockOwn(id, owner);
        if (entry.status == EntryStatus.DRAFT) {
            throw ProblemException.conflict("A draft is not entered; delete it instead");
        }
        if (entry.status == EntryStatus.WITHDRAWN) {
            return entry;
        }
        EntryStatus from = entry.status;
        entry.status = EntryStatus.WITHDRAWN;
        entry.updatedAt = clock.instant();
        history.record(entry, owner, "withdrawn", from, reason);
        announcements.announce(EventTypes.ENTRY_WITHDRAWN, entry, null);
        refunds.onWithdrawal(EntryFees.payable(entry), windows.of(entry.edition, owner).beforeDeadline(entry.updatedAt),
                owner);
        followers.forEach(follower -> follower.withdrawn(entry, reason, owner));
        return entry;
    }

    /** Serializes the submits of one firm in one edition, so that two at once cannot both take the last place. */
    private void lockFirm(Edition edition, UUID memberId) {
        entries.getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, edition.id + "/" + memberId).getSingleResult();
    }

    /** What a submit needs beyond a draft, every missing piece named at once. */
    private static void requireComplete(Entry entry, List<EntryImage> files) {
        List<Problem.FieldError> missing = new ArrayList<>();
        if (entry.title == null || entry.title.isEmpty()) {
            missing.add(new Problem.FieldError("title", "is required to submit"));
        }
        if (entry.description == null || entry.description.isEmpty()) {
            missing.add(new Problem.FieldError("description", "is required to submit"));
        }
        if (entry.materialsAndTechniques == null || entry.materialsAndTechniques.isEmpty()) {
            missing.add(new Problem.FieldError("materialsAndTechniques", "is required to submit"));
        }
        if (entry.retailValueCents == null) {
            missing.add(new Problem.FieldError("retailValueCents", "is required to submit"));
        }
        if (!entry.noMakersMarkVisible) {
            missing.add(new Problem.FieldError("noMakersMarkVisible",
                    "must be confirmed: no maker's mark or hallmark may be visible, so that judging stays blind"));
        }
        if (files.isEmpty()) {
            missing.add(new Problem.FieldError("images", "at least 1 image (photo or rendering) is required to submit"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(missing);
        }
    }

    private String write(Eligibility.Evidence evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("eligibility evidence is always writable", e);
        }
    }

    /** A submit's answer: the receipt, and whether it repeats an earlier answer to the same idempotency key. */
    public record Submitted(Receipt receipt, boolean replayed) {
    }
}
