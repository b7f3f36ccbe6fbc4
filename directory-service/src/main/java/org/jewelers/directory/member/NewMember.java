package org.jewelers.directory.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.directory.taxonomy.Kind;
import org.jewelers.directory.taxonomy.Service;
import org.jewelers.directory.taxonomy.Standing;

/** What staff send to add a member firm to the directory. */
@Schema(name = "NewMember")
public record NewMember(
        @NotBlank @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "must be 1 to 20 capital letters, digits or dashes")
        @Schema(example = "JA-104233") String number,
        @NotBlank @Size(max = 200) @Schema(example = "Hartwell & Daughters Jewelers") String name,
        @NotNull @Schema(example = "retailer") Kind kind,
        @Schema(description = "Defaults to active", example = "active") Standing standing,
        @PastOrPresent @Schema(description = "Defaults to today", example = "1998-04-01") LocalDate memberSince,
        @Min(1900) @Max(2100) @Schema(example = "2026") Integer codeYear,
        @Size(max = 2000) String description,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        @Schema(example = "https://hartwell.example") String website,
        @Size(max = 40) @Schema(example = "+1 217 555 0100") String phone,
        @Size(max = 200) @Email @Schema(example = "hello@hartwell.example") String email,
        @Valid Visibility visibility,
        Set<@NotNull Service> services,
        @Size(max = 50) List<@Valid @NotNull CredentialInput> credentials,
        @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull LocationInput> locations) {
}
