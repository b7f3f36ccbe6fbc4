package org.jewelers.directory.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.directory.taxonomy.Credential;

/** A credential someone on the firm's staff holds. */
@Schema(name = "CredentialInput")
public record CredentialInput(
        @NotNull @Schema(example = "gia-gg") Credential credential,
        @NotBlank @Size(max = 200) @Schema(example = "Dana Hartwell") String holder,
        @Schema(description = "Absent when it does not expire", example = "2028-12-31") LocalDate expiresOn) {
}
