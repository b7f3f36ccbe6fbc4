package org.jewelers.directory.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff send to add a member firm to the directory. */
@Schema(name = "NewMember")
public record NewMember(
        @NotBlank @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "must be 1 to 20 capital letters, digits or dashes")
        @Schema(example = "JA-104233") String number,
        @NotBlank @Size(max = 200) @Schema(example = "Hartwell & Daughters Jewelers") String name,
        @NotNull @Schema(example = "retailer") Kind kind,
        @Schema(description = "Defaults to active", example = "active") Standing standing,
        @PastOrPresent @Schema(description = "Defaults to today", example = "1998-04-01") LocalDate memberSince,
        @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull LocationInput> locations) {

    /** A location as staff enter it. */
    @Schema(name = "LocationInput")
    public record LocationInput(
            @NotBlank @Size(max = 200) @Schema(example = "125 Main Street") String address,
            @NotBlank @Size(max = 100) @Schema(example = "Springfield") String city,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") @Schema(example = "IL") String state,
            @NotNull @Pattern(regexp = "\\d{5}", message = "must be a five-digit ZIP code") @Schema(example = "62701") String zip) {
    }
}
