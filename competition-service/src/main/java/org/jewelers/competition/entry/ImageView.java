package org.jewelers.competition.entry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry image as described beside its entry; its bytes and thumbnail are fetched by id. */
@Schema(name = "EntryImage", description = "An image (or PDF) of an entry. The file is at "
        + "/api/v1/entries/{id}/images/{imageId}, a JPEG thumbnail of at most 320 pixels a side at .../thumbnail.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageView(UUID id,
                        @Schema(description = "photo or rendering", example = "photo") ImageKind kind,
                        @Schema(description = "As recognised from the file's content: image/jpeg, image/png, "
                                + "image/webp or application/pdf", example = "image/jpeg") String mediaType,
                        @Schema(description = "In pixels; absent for a PDF", example = "4000") Integer width,
                        @Schema(description = "In pixels; absent for a PDF", example = "3000") Integer height,
                        @Schema(description = "Size of the stored file", example = "2483117") int bytes,
                        @Schema(description = "SHA-256 of the stored file (identifying metadata removed), in "
                                + "lowercase hex, as the receipt's canonical form lists it",
                                example = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b") String sha256) {

    public static ImageView of(EntryImage image) {
        return new ImageView(image.id, image.kind, image.mediaType, image.width, image.height, image.sizeBytes,
                image.sha256);
    }
}
