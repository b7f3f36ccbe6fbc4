package org.jewelers.competition.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.Program;
import org.jewelers.competition.fee.FeeStanding;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.competition.image.EntryFile;
import org.jewelers.competition.notice.NoticeKind;
import org.jewelers.competition.notice.Notices;
import org.jewelers.competition.quota.EntrantQuotas;
import org.jewelers.competition.submission.OwnerContacts;
import org.jewelers.competition.submission.Windows;
import org.jewelers.web.problem.ProblemException;

/** An entrant's drafts: started inside their window and quota, edited, given images, deleted. */
@ApplicationScoped
public class EntryDrafts {

    private final Clock clock;
    private final Windows windows;
    private final EntrantQuotas quotas;
    private final Entries entries;
    private final EntryImages images;
    private final EntryHistory history;
    private final OwnerContacts contacts;
    private final Notices notices;
    private final FeeStanding fees;

    EntryDrafts(Clock clock, Windows windows, EntrantQuotas quotas, Entries entries,
                EntryImages images, EntryHistory history, OwnerContacts contacts, Notices notices, FeeStanding fees) {
        this.fees = fees;
        this.clock = clock;
        this.windows = windows;
        this.quotas = quotas;
        this.entries = entries;
        this.images = images;
        this.history = history;
        this.contacts = contacts;
        this.notices = notices;
    }

    @Transactional
    public Entry create(NewEntry request, String owner, UUID memberId, String designer) {
        Edition edition = windows.startable(request.editionId(), Program.CASE_AWARDS, "CASE Awards", owner,
                named -> requireCategory(named, request.category()));
        quotas.requireEntryRoom(edition.id, owner);
        Entry entry = new Entry();
        entry.id = UUID.randomUUID();
        entry.edition = edition;
        entry.category = request.category();
        entry.ownerSubject = owner;
        contacts.refresh(name -> entry.ownerName = name, email -> entry.ownerEmail = email);
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
        entries.persist(entry);
        history.record(entry, owner, "created", null, null);
        return entry;
    }

    @Transactional
    public Entry update(UUID id, EntryPatch patch, String owner) {
        Entry entry = entries.lockOwn(id, owner);
        entry.requireDraft("edited");
        if (patch.category() != null) {
            requireCategory(entry.edition, patch.category());
            if (!patch.category().equals(entry.category) && fees.paid(entry.id)) {
                throw new ProblemException(CompetitionProblem.CATEGORY_PAID, "Entry " + entry.id + " is paid for "
                        + "category " + entry.category + "; ask staff to move it");
            }
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
        entries.flush();
        return entry;
    }

    @Transactional
    public void delete(UUID id, String owner) {
        Entry entry = entries.lockOwn(id, owner);
        entry.requireDraft("deleted; withdraw it instead");
        fees.requireDeletable(entry.id);
        entries.delete(entry);
        notices.cancel(NoticeKind.DRAFT_REMINDER, entry.id);
    }

    /**
     * Attaches a cleaned file to a draft, in the same transaction as the draft's change of version, so that a
     * submit names exactly the files it covers.
     */
    @Transactional
    public EntryImage addImage(UUID id, String owner, ImageKind kind, EntryFile file) {
        Entry entry = entries.lockOwn(id, owner);
        entry.requireDraft("given images");
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
        image.store(file, clock.instant());
        images.persist(image);
        changedFiles(entry);
        return image;
    }

    @Transactional
    public void removeImage(UUID id, UUID imageId, String owner) {
        Entry entry = entries.lockOwn(id, owner);
        entry.requireDraft("changed");
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
        entries.getEntityManager().lock(entry, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        entries.flush();
    }

    private static void requireCategory(Edition edition, String code) {
        if (edition.categories.stream().noneMatch(c -> c.code.equals(code))) {
            throw ProblemException.invalid("category", "'" + code + "' is not a category of " + edition.title);
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
