package org.jewelers.competition.entry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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

    /** The stored file, or its thumbnail; selected alone, so that describing images never loads their bytes. */
    public StoredFile file(UUID entryId, UUID imageId, boolean thumbnail) {
        return getEntityManager().createQuery("select i.mediaType, " + (thumbnail ? "i.thumbnail" : "i.content")
                        + ", i.sha256 from EntryImage i where i.id = :image and i.entry.id = :entry", Object[].class)
                .setParameter("image", imageId).setParameter("entry", entryId)
                .getResultStream().findFirst()
                .map(row -> new StoredFile(thumbnail ? "image/jpeg" : (String) row[0], (byte[]) row[1], (String) row[2]))
                .orElseThrow(() -> ProblemException.notFound("Image", imageId));
    }

    /** Bytes to answer with, their media type, and the stored file's checksum. */
    public record StoredFile(String mediaType, byte[] bytes, String sha256) {
    }
}
