package org.jewelers.competition.custody;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.competition.image.EntryFile;
import org.jewelers.competition.submission.FileContent;
import org.jewelers.competition.submission.StoredFiles;
import org.jewelers.web.problem.ProblemException;

/** Photos of pieces taken by staff while they hold them, each one logged in the edition's custody log. */
@ApplicationScoped
class IntakePhotos implements PanacheRepositoryBase<IntakePhoto, UUID> {

    /** Enough to show every side and any damage; a piece's photos stay in the database with it. */
    static final int MAX_PER_PIECE = 12;

    private final Pieces pieces;
    private final Journey journey;
    private final Clock clock;

    IntakePhotos(Pieces pieces, Journey journey, Clock clock) {
        this.pieces = pieces;
        this.journey = journey;
        this.clock = clock;
    }

    @Transactional
    IntakePhoto add(UUID entryId, EntryFile file, String actor) {
        Piece piece = pieces.lock(entryId);
        Journey.requireOnPremises(piece, "photograph");
        List<IntakePhoto> current = of(entryId);
        if (current.size() >= MAX_PER_PIECE) {
            throw ProblemException.conflict("The piece already has " + MAX_PER_PIECE
                    + " photos, the most a piece may have");
        }
        IntakePhoto photo = new IntakePhoto();
        photo.id = UUID.randomUUID();
        photo.entryId = entryId;
        photo.position = current.isEmpty() ? 1 : current.get(current.size() - 1).position + 1;
        // The log seals the instant as the database keeps it: microseconds.
        photo.store(file, clock.instant().truncatedTo(ChronoUnit.MICROS));
        persist(photo);
        journey.photographed(piece, photo, actor);
        return photo;
    }

    List<IntakePhoto> of(UUID entryId) {
        return list("entryId", Sort.ascending("position"), entryId);
    }

    FileContent file(UUID entryId, UUID photoId, boolean thumbnail) {
        return StoredFiles.select(getEntityManager(), "IntakePhoto", "f.id = :photo and f.entryId = :entry",
                Map.of("photo", photoId, "entry", entryId), thumbnail,
                () -> ProblemException.notFound("Photo", photoId));
    }
}
