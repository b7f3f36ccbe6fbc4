package org.jewelers.competition.fee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff refund a checkout's paid submissions, or only the one named. */
@Schema(name = "RefundRequest")
public record RefundRequest(@Schema(description = "The entry or nomination to refund; absent for every paid one of the checkout")
                            UUID subjectId,
                            @NotBlank @Size(max = 1000) @Schema(example = "Entered twice by mistake") String reason) {
}
