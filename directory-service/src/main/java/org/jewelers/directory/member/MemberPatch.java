package org.jewelers.directory.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/**
 * A staff change to a member: absent fields stay as they are; an empty string clears an optional text field;
 * lists given replace the whole list. Standing changes have their own endpoint.
 */
@Schema(name = "MemberPatch")
public record MemberPatch(
        @Size(min = 1, max = 200) String name,
        Kind kind,
        @PastOrPresent LocalDate memberSince,
        @Min(1900) @Max(2100) Integer codeYear,
        @Size(max = 2000) String description,
        @Size(max = 300) @Pattern(regexp = "(https?://\\S+)?", message = "must be an http or https URL") String website,
        @Size(max = 40) String phone,
        @Size(max = 200) @Email String email,
        @Valid Visibility visibility,
        Boolean optedOut,
        Set<@NotNull Service> services,
        @Size(max = 50) List<@Valid @NotNull CredentialInput> credentials,
        @Size(min = 1, max = 50) List<@Valid @NotNull LocationInput> locations) {
}
