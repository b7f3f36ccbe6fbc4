package org.jewelers.competition.entry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.Editions;
import org.jewelers.competition.edition.Program;
import org.jewelers.competition.image.EntryFile;
import org.jewelers.competition.mail.MailOutbox;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.competition.quota.EntrantQuotas;
import org.jewelers.contracts.EventTypes;
import org.jewelers.events.envelope.EventFactory;
import org.jewelers.events.quarkus.Outbox;
import org.jewelers.web.paging.Page;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/**
 * The rules for CASE entries, from draft to screening. Every status change is kept in the history and, once the
 * entry is submitted, announced on the entries topic in the same transaction.
 */
@ApplicationScoped
public class Entries implements PanacheRepositoryBase<Entry, UUID> {

    private final Clock clock;
    private final Editions editions;
    private final Window window;
    private final Eligibility eligibility;
    private final SubmitKeys keys;
    private final EntryHistory history;
    private final Outbox outbox;
    private final EventFactory events;
    private final ObjectMapper json;
    private final EntryImages images;
    private final MailOutbox mail;
    private final EntrantQuotas quotas;

    Entries(Clock clock, Editions editions, Window window, Eligibility eligibility, SubmitKeys keys,
            EntryHistory history, Outbox outbox, EventFactory events, ObjectMapper json, EntryImages images,
            MailOutbox mail, EntrantQuotas quotas) {
        this.clock = clock;
        this.editions = editions;
        this.window = window;
        this.eligibility = eligibility;
        this.keys = keys;
        this.history = history;
        this.outbox = outbox;
        this.events = events;
        this.json = json;
        this.images = images;
        this.mail = mail;
        this.quotas = quotas;
    }

    @Transactional
    public Entry create(NewEntry request, String owner, UUID memberId, String designer) {
        Edition edition = editions.findByIdOptional(request.editionId())
                .orElseThrow(() -> ProblemException.invalid("editionId", "is not an edition"));
        if (edition.program != Program.CASE_AWARDS) {
            throw ProblemException.invalid("editionId", "is not a CASE Awards edition");
        }
        requireCategory(edition, request.category(), "category");
        window.requireNotClosed(edition, owner);
        quotas.requireEntryRoom(edition.id, owner);
        Entry entry = new Entry();
        entry.id = UUID.randomUUID();
        entry.edition = edition;
        entry.category = request.category();
        entry.ownerSubject = owner;
        entry.memberId = memberId;
        entry.designerName = strip(designer);
        entry.title = strip(request.title());
        entry.description = strip(request.description());
        entry.materialsAndTechniques = strip(request.materialsAndTechniques());
        entry.retailValueCents = request.retailValueCents();
        entry.noMakersMarkVisible = Boolean.TRUE.equals(request.noMakersMarkVisible());
        entry.status = EntryStatus.DRAFT;
        entry.createdAt = clock.instant();
        entry.updatedAt = entry.createdAt;
        persist(entry);
        history.record(entry, owner, "created", null, null);
        return entry;
    }

    @Transactional
    public Entry update(UUID id, EntryPatch patch, String owner) {
        Entry entry = lockOwn(id, owner);
        requireDraft(entry, "edited");
        if (patch.category() != null) {
            requireCategory(entry.edition, patch.category(), "category");
            entry.category = patch.category();
        }
        entry.title = patch.title() == null ? entry.title : strip(patch.title());
        entry.description = patch.description() == null ? entry.description : strip(patch.description());
        entry.materialsAndTechniques = patch.materialsAndTechniques() == null ? entry.materialsAndTechniques
                : strip(patch.materialsAndTechniques());
        entry.retailValueCents = patch.retailValueCents() == null ? entry.retailValueCents : patch.retailValueCents();
        entry.noMakersMarkVisible = patch.noMakersMarkVisible() == null ? entry.noMakersMarkVisible
                : patch.noMakersMarkVisible();
        entry.updatedAt = clock.instant();
        flush();
        return entry;
    }

    @Transactional
    public void delete(UUID id, String owner) {
        Entry entry = lockOwn(id, owner);
        requireDraft(entry, "deleted; withdraw it instead");
        delete(entry);
    }

    /**
     * Attaches a cleaned file to a draft, in the same transaction as the draft's change of version, so that a
     * submit names exactly the files it covers.
     */
    @Transactional
    public EntryImage addImage(UUID id, String owner, ImageKind kind, EntryFile file) {
        Entry entry = lockOwn(id, owner);
        requireDraft(entry, "given images");
        List<EntryImage> current = images.of(entry.id);
        if (current.size() >= EntryImages.MAX_PER_ENTRY) {
            throw ProblemException.conflict("Entry " + id + " already has " + EntryImages.MAX_PER_ENTRY
                    + " images, the most an entry may have; remove one first");
        }
        quotas.requireStorageRoom(entry.edition.id, owner, file.content().length, 0);
        EntryImage image = new EntryImage();
        image.id = UUID.randomUUID();
        image.entry = entry;
        image.position = current.isEmpty() ? 1 : current.get(current.size() - 1).position + 1;
        image.kind = kind;
        image.mediaType = file.format().mediaType();
        image.width = file.width();
        image.height = file.height();
        image.sizeBytes = file.content().length;
        image.sha256 = file.sha256();
        image.content = file.content();
        image.thumbnail = file.thumbnail();
        image.createdAt = clock.instant();
        images.persist(image);
        changedFiles(entry);
        return image;
    }

    @Transactional
    public void removeImage(UUID id, UUID imageId, String owner) {
        Entry entry = lockOwn(id, owner);
        requireDraft(entry, "changed");
        long removed = images.delete("id = ?1 and entry.id = ?2", imageId, entry.id);
        if (removed == 0) {
            throw ProblemException.notFound("Image", imageId);
        }
        changedFiles(entry);
    }

    /**
     * A change of files is a change of the entry: its version rises even when no column of its own changed, so that
     * a submit sent with the version the entrant reviewed covers exactly the files they saw.
     */
    private void changedFiles(Entry entry) {
        entry.updatedAt = clock.instant();
        getEntityManager().lock(entry, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        flush();
    }

    /**
     * Submits a draft: inside the entrant's window, complete, and eligible by every rule. Under an idempotency key
     * a repeat of the same request answers the first receipt and changes nothing. The receipt is emailed to
     * {@code email} (the entrant's, from their token; none when the token has no address) with the submit.
     */
    @Transactional
    public Submission submit(UUID id, String owner, UUID memberId, String email, String key, SubmitRequest body) {
        Entry entry = lockOwn(id, owner);
        if (key != null) {
            Optional<Receipt> earlier = keys.claim(owner, key, id, SubmitKeys.fingerprint(id, body));
            if (earlier.isPresent()) {
                return new Submission(earlier.get(), true);
            }
        }
        requireDraft(entry, "submitted again");
        if (body != null && body.version() != null && body.version() != entry.version) {
            throw ProblemException.conflict("The draft changed since version " + body.version() + " (now "
                    + entry.version + "); review it and submit again");
        }
        window.requireOpen(entry.edition, owner);
        List<EntryImage> files = images.of(entry.id);
        requireComplete(entry, files);
        if (memberId != null) {
            lockFirm(entry.edition, memberId);
        }
        Instant now = clock.instant();
        Eligibility.Evidence evidence = eligibility.check(entry, memberId, now);
        if (!evidence.eligible()) {
            List<Problem.FieldError> reasons = evidence.reasons();
            throw new ProblemException(CompetitionProblem.INELIGIBLE, reasons.size() == 1
                    ? "1 eligibility rule is not met" : reasons.size() + " eligibility rules are not met", reasons);
        }
        entry.memberId = memberId;
        entry.eligibility = write(evidence);
        entry.status = EntryStatus.SUBMITTED;
        entry.submittedAt = now;
        entry.updatedAt = now;
        entry.receiptSha256 = CanonicalJson.sha256(Receipt.canonicalForm(entry, files));
        history.record(entry, owner, "submitted", EntryStatus.DRAFT, null);
        announce(EventTypes.ENTRY_SUBMITTED, entry, null);
        Receipt receipt = Receipt.of(entry);
        if (key != null) {
            keys.answer(owner, key, receipt);
        }
        if (email != null && !email.isBlank()) {
            mail.queue(email, ReceiptLetter.subject(entry), ReceiptLetter.body(entry, files, receipt));
        }
        return new Submission(receipt, false);
    }

    @Transactional
    public Entry withdraw(UUID id, String owner, String reason) {
        Entry entry = lockOwn(id, owner);
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
        announce(EventTypes.ENTRY_WITHDRAWN, entry, null);
        return entry;
    }

    /** Staff's decision on a submitted entry; a screened one may be screened again until judging decides its result. */
    @Transactional
    public Entry screen(UUID id, boolean eligible, String reason, String staff) {
        Entry entry = findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Entry", id));
        if (entry.status != EntryStatus.SUBMITTED && entry.status != EntryStatus.ACCEPTED
                && entry.status != EntryStatus.REJECTED) {
            throw ProblemException.conflict("Entry " + id + " is " + entry.status.code()
                    + "; only entered pieces awaiting their result are screened");
        }
        if (!eligible && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", "is required when the entry is not eligible");
        }
        EntryStatus from = entry.status;
        entry.status = eligible ? EntryStatus.ACCEPTED : EntryStatus.REJECTED;
        entry.screeningReason = strip(reason);
        entry.updatedAt = clock.instant();
        history.record(entry, staff, "screened", from, entry.screeningReason);
        announce(EventTypes.ENTRY_SCREENED, entry, eligible ? null : entry.screeningReason);
        return entry;
    }

    /** Judging's outcome for an accepted entry: winner, finalist or not selected. */
    public void decide(Entry entry, EntryStatus result, String staff) {
        EntryStatus from = entry.status;
        entry.status = result;
        entry.updatedAt = clock.instant();
        history.record(entry, staff, "result-decided", from, null);
        announce(EventTypes.ENTRY_RESULT_DECIDED, entry, null);
    }

    /**
     * Flags for staff the entries a firm has in editions whose deadline has not passed, when the firm falls out of
     * good standing. Staff decide: the flag stays when the firm returns to good standing, since the entry was
     * entered while it was lapsed for some time.
     */
    @Transactional
    public void flagEntriesOf(UUID memberId, String reason) {
        List<Entry> entered = list("memberId = :member and status in :entered and edition.closesAt > :now",
                Parameters.with("member", memberId).and("entered", Eligibility.COUNTED).and("now", clock.instant()));
        for (Entry entry : entered) {
            if (!entry.flagged) {
                entry.flagged = true;
                entry.flagReason = reason;
                entry.updatedAt = clock.instant();
                history.record(entry, "directory", "flagged", entry.status, reason);
            }
        }
    }

    public Entry own(UUID id, String owner) {
        return find("id = ?1 and ownerSubject = ?2", id, owner).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Entry", id));
    }

    public Page<Entry> ownedBy(String owner, int page, int size) {
        var query = find("ownerSubject", Sort.descending("createdAt").and("id"), owner);
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }

    public Entry require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Entry", id));
    }

    /** Entries matching every given criterion (null ones match all). */
    public Page<Entry> search(EntryCriteria criteria, Sort sort, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (criteria.editionId() != null) {
            where.add("edition.id = :edition");
            parameters.and("edition", criteria.editionId());
        }
        if (criteria.category() != null) {
            where.add("category = :category");
            parameters.and("category", criteria.category());
        }
        if (!criteria.statuses().isEmpty()) {
            where.add("status in :statuses");
            parameters.and("statuses", criteria.statuses());
        }
        if (criteria.flagged() != null) {
            where.add("flagged = :flagged");
            parameters.and("flagged", criteria.flagged());
        }
        var query = find(where.isEmpty() ? "1 = 1" : String.join(" and ", where), sort, parameters);
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }

    private Entry lockOwn(UUID id, String owner) {
        return find("id = ?1 and ownerSubject = ?2", id, owner).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Entry", id));
    }

    /** Serializes the submits of one firm in one edition, so that two at once cannot both take the last place. */
    private void lockFirm(Edition edition, UUID memberId) {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, edition.id + "/" + memberId).getSingleResult();
    }

    private static void requireDraft(Entry entry, String action) {
        if (entry.status != EntryStatus.DRAFT) {
            throw ProblemException.conflict("Entry " + entry.id + " is " + entry.status.code() + ", not a draft; it cannot be " + action);
        }
    }

    private static void requireCategory(Edition edition, String code, String field) {
        if (edition.categories.stream().noneMatch(c -> c.code.equals(code))) {
            throw ProblemException.invalid(field, "'" + code + "' is not a category of " + edition.title);
        }
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

    private void announce(String type, Entry entry, String reason) {
        flush();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("entryId", entry.id.toString());
        data.put("program", entry.edition.program.code());
        data.put("editionId", entry.edition.id.toString());
        data.put("category", entry.category);
        data.put("memberId", entry.memberId == null ? null : entry.memberId.toString());
        data.put("status", entry.status.code());
        if (reason != null) {
            data.put("reason", reason);
        }
        outbox.append(events.create(type, entry.id.toString(), entry.version, data));
    }

    private String write(Eligibility.Evidence evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("eligibility evidence is always writable", e);
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    /** A submit's answer: the receipt, and whether it repeats an earlier answer to the same idempotency key. */
    public record Submission(Receipt receipt, boolean replayed) {
    }
}
