package org.jewelers.careers.job;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change to an open posting: absent fields stay. {@code closeReason} closes it instead and comes alone, so that a
 * close never silently carries edits no one will see.
 */
@Schema(name = "JobPatch")
public record JobPatch(
        @Size(min = 1, max = 200) String title,
        @Size(min = 1, max = 60) String area,
        EmploymentType employmentType,
        @Size(min = 1, max = 20000) String description,
        @Size(min = 1, max = 2000) String howToApply,
        @Pattern(regexp = "\\d{5}", message = "must be a five-digit ZIP code") String zip,
        @Size(min = 1, max = 100) String city,
        LocalDate validThrough,
        @Schema(description = "Close the posting: filled or withdrawn (expired and employer-lapsed are the service's own)",
                example = "filled") CloseReason closeReason) {

    boolean edits() {
        return title != null || area != null || employmentType != null || description != null || howToApply != null
                || zip != null || city != null || validThrough != null;
    }
}
