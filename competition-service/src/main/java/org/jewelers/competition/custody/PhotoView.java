package org.jewelers.competition.custody;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An intake photo as listed with its piece; its file is at {@code .../custody/photos/{id}}. */
@Schema(name = "CustodyPhoto")
public record PhotoView(UUID id, int position,
                        @Schema(enumeration = {"image/jpeg", "image/png", "image/webp"}) String mediaType,
                        Integer width, Integer height, int sizeBytes,
                        @Schema(description = "Of the stored file, as the custody log records it") String sha256,
                        Instant createdAt) {

    static PhotoView of(IntakePhoto photo) {
        return new PhotoView(photo.id, photo.position, photo.mediaType, photo.width, photo.height, photo.sizeBytes,
                photo.sha256, photo.createdAt);
    }
}
