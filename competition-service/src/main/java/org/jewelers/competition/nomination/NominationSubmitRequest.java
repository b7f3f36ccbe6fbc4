package org.jewelers.competition.nomination;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of a nomination's submit. */
@Schema(name = "NominationSubmitRequest")
public record NominationSubmitRequest(
        @Schema(description = "A self-nomination only: whether you agree that your photo be published with the "
                + "results if you become an honoree; false when absent. A colleague's nominee chooses on their "
                + "consent page, so a colleague's nomination refuses true (400).", example = "true")
        Boolean publishPhoto) {

    static boolean publishes(NominationSubmitRequest body) {
        return body != null && Boolean.TRUE.equals(body.publishPhoto());
    }
}
