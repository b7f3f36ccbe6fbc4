package org.jewelers.directory.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.directory.taxonomy.Service;

/** What a member firm may change in its own listing; absent fields stay as they are. */
@Schema(name = "ListingEdit")
public record ListingEdit(
        @Size(max = 2000) String description,
        Set<@NotNull Service> services,
        @Valid Visibility visibility,
        @Schema(description = "True hides the firm from the public directory") Boolean optedOut,
        @Size(max = 50) List<@Valid @NotNull LocationHours> hours) {

    /**
     * The opening hours of one of the firm's locations: the weekly hours and the dated exceptions given replace the
     * ones it had; one left out stays as it was.
     */
    @Schema(name = "LocationHours")
    public record LocationHours(@NotNull UUID locationId,
                                @Size(max = 21) List<LocationInput.@Valid @NotNull HoursInput> hours,
                                @Schema(description = "Dated exceptions (holidays, special hours, closed days); at most "
                                        + OpeningRules.EXCEPTIONS_PER_YEAR + " per calendar year")
                                @Size(max = OpeningRules.MAX_EXCEPTIONS)
                                List<LocationInput.@Valid @NotNull ExceptionInput> exceptions) {
    }
}
