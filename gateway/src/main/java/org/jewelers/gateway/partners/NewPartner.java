package org.jewelers.gateway.partners;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff give to add a partner. */
@Schema(name = "NewPartner")
public record NewPartner(
        @NotBlank @Size(max = 200) @Schema(example = "Ohio Jewelers Association") String name,
        @NotBlank @Email @Size(max = 320) @Schema(example = "webmaster@ohiojewelers.example") String contactEmail) {
}
