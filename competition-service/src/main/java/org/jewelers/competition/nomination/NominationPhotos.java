package org.jewelers.competition.nomination;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jewelers.competition.entry.EntryImages;
import org.jewelers.web.problem.ProblemException;

/** Nominees' photos: described without their bytes, and their bytes one at a time. */
@ApplicationScoped
public class NominationPhotos implements PanacheRepositoryBase<NominationPhoto, UUID> {

    /** The stored photo, or its thumbnail; selected alone, so that describing a photo never loads its bytes. */
    public EntryImages.StoredFile file(UUID nominationId, boolean thumbnail) {
        return getEntityManager().createQuery("select p.mediaType, " + (thumbnail ? "p.thumbnail" : "p.content")
                        + ", p.sha256 from NominationPhoto p where p.nominationId = :id", Object[].class)
                .setParameter("id", nominationId)
                .getResultStream().findFirst()
                .map(row -> new EntryImages.StoredFile(thumbnail ? "image/jpeg" : (String) row[0], (byte[]) row[1],
                        (String) row[2]))
                .orElseThrow(() -> ProblemException.notFound("Photo of nomination", nominationId));
    }
}
