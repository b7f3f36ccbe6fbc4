package org.jewelers.competition.published;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jewelers.competition.entry.Entries;
import org.jewelers.competition.entry.Entry;
import org.jewelers.competition.entry.EntryImage;
import org.jewelers.competition.entry.EntryImages;
import org.jewelers.competition.entry.EntryStatus;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/** The entry images staff chose for publication: replaced per entry, and read back for the public answers. */
@ApplicationScoped
public class PublishedImages implements PanacheRepositoryBase<PublishedImage, UUID> {

    /** The entries whose chosen images the public may see once the results are published. */
    static final Set<EntryStatus> SHOWN = Set.of(EntryStatus.WINNER, EntryStatus.FINALIST);

    private final Clock clock;
    private final Entries entries;
    private final EntryImages images;

    PublishedImages(Clock clock, Entries entries, EntryImages images) {
        this.clock = clock;
        this.entries = entries;
        this.images = images;
    }

    /** Replaces the entry's chosen images; the entry is locked so that two choices at once apply one after the other. */
    @Transactional
    public List<UUID> choose(UUID entryId, List<UUID> imageIds, String staff) {
        Entry entry = entries.findByIdOptional(entryId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Entry", entryId));
        Map<UUID, EntryImage> own = images.of(entry.id).stream().collect(Collectors.toMap(i -> i.id, i -> i));
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<UUID> chosen = new LinkedHashSet<>(imageIds);
        for (UUID id : chosen) {
            EntryImage image = own.get(id);
            if (image == null) {
                errors.add(new Problem.FieldError("imageIds", id + " is not an image of entry " + entryId));
            } else if (!image.mediaType.startsWith("image/")) {
                errors.add(new Problem.FieldError("imageIds", id + " is a " + image.mediaType
                        + ", not an image a gallery can show"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        delete("entry.id", entry.id);
        flush();
        Instant now = clock.instant();
        for (UUID id : chosen) {
            PublishedImage published = new PublishedImage();
            published.imageId = id;
            published.entry = entry;
            published.chosenBy = staff;
            published.chosenAt = now;
            persist(published);
        }
        return images.of(entry.id).stream().map(i -> i.id).filter(chosen::contains).toList();
    }

    /** The chosen images of these entries, described without their bytes, each entry's in its order. */
    Map<UUID, List<EntryImage>> of(Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select i from EntryImage i where i.id in "
                        + "(select p.imageId from PublishedImage p where p.entry.id in :entries) order by i.position",
                        EntryImage.class)
                .setParameter("entries", entryIds).getResultStream()
                .collect(Collectors.groupingBy(i -> i.entry.id));
    }

    /** The entry of an image the public may see in this edition's results: chosen, of a finalist or winner. */
    UUID shownEntry(UUID editionId, UUID imageId) {
        return find("imageId = ?1 and entry.edition.id = ?2 and entry.status in ?3", imageId, editionId, SHOWN)
                .firstResultOptional().map(p -> p.entry.id)
                .orElseThrow(() -> ProblemException.notFound("Image", imageId));
    }
}
