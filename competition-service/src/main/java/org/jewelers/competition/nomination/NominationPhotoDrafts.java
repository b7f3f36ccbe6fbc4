package org.jewelers.competition.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.image.EntryFile;
import org.jewelers.competition.quota.EntrantQuotas;

/** The nominee's photo on a nomination draft, within the nominator's storage quota. */
@ApplicationScoped
public class NominationPhotoDrafts {

    private final Nominations nominations;
    private final NominationPhotos photos;
    private final EntrantQuotas quotas;
    private final Clock clock;

    NominationPhotoDrafts(Nominations nominations, NominationPhotos photos, EntrantQuotas quotas, Clock clock) {
        this.nominations = nominations;
        this.photos = photos;
        this.quotas = quotas;
        this.clock = clock;
    }

    /** Sets, or replaces, the nominee's photo on a draft; the draft's version rises with it. */
    @Transactional
    public NominationPhoto setPhoto(UUID id, String owner, EntryFile file) {
        Nomination nomination = nominations.lockOwn(id, owner);
        nomination.requireDraft("given a photo");
        Optional<NominationPhoto> earlier = photos.findByIdOptional(nomination.id);
        quotas.requireStorageRoom(nomination.edition.id, owner, file.content().length,
                earlier.map(p -> (long) p.sizeBytes).orElse(0L));
        NominationPhoto photo = earlier.orElseGet(() -> {
            NominationPhoto created = new NominationPhoto();
            created.nominationId = nomination.id;
            return created;
        });
        photo.store(file, clock.instant());
        photos.persist(photo);
        nomination.updatedAt = clock.instant();
        nominations.getEntityManager().lock(nomination, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        nominations.flush();
        return photo;
    }
}
