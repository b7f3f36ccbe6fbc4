package org.jewelers.competition.nomination;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import org.jewelers.competition.submission.FileContent;
import org.jewelers.competition.submission.StoredFiles;
import org.jewelers.web.problem.ProblemException;

/** Nominees' photos: described without their bytes, and their bytes one at a time. */
@ApplicationScoped
public class NominationPhotos implements PanacheRepositoryBase<NominationPhoto, UUID> {

    /** The stored photo, or its thumbnail. */
    public FileContent file(UUID nominationId, boolean thumbnail) {
        return StoredFiles.select(getEntityManager(), "NominationPhoto", "f.nominationId = :id",
                Map.of("id", nominationId), thumbnail, () -> ProblemException.notFound("Photo of nomination", nominationId));
    }
}
