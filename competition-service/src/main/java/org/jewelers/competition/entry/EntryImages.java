package org.jewelers.competition.entry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jewelers.competition.submission.FileContent;
import org.jewelers.competition.submission.StoredFiles;
import org.jewelers.web.problem.ProblemException;

/** The images of entries: their descriptions in the entry's order, and their bytes one at a time. */
@ApplicationScoped
public class EntryImages implements PanacheRepositoryBase<EntryImage, UUID> {

    /** An entry may have at most this many images, and needs at least one to be submitted. */
    static final int MAX_PER_ENTRY = 6;

    public List<EntryImage> of(UUID entryId) {
        return list("entry.id", Sort.ascending("position"), entryId);
    }

    /** The images of several entries at once, for a page of them. */
    public Map<UUID, List<EntryImage>> of(Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        return this.<EntryImage>list("entry.id in ?1", Sort.ascending("position"), entryIds).stream()
                .collect(Collectors.groupingBy(image -> image.entry.id));
    }

    /** The stored file, or its thumbnail, of one image of the entry. */
    public FileContent file(UUID entryId, UUID imageId, boolean thumbnail) {
        return StoredFiles.select(getEntityManager(), "EntryImage", "f.id = :image and f.entry.id = :entry",
                Map.of("image", imageId, "entry", entryId), thumbnail, () -> ProblemException.notFound("Image", imageId));
    }
}
