package org.jewelers.careers.job;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A posting as an employer enters it. City and state come from the ZIP code unless the city is given. */
@Schema(name = "NewJob")
public record NewJob(
        @Schema(description = "The employing member firm. Staff must name it; a member token already does (its member_id)",
                example = "3f0c2a6e-6a51-4b7e-9d0e-4f1c9a1b2c3d") UUID memberId,
        @NotBlank @Size(max = 200) @Schema(example = "Bench Jeweler") String title,
        @NotBlank @Size(max = 60) @Schema(description = "A career area slug, see /api/v1/career-areas",
                example = "design-and-production") String area,
        @NotNull @Schema(example = "full-time") EmploymentType employmentType,
        @NotBlank @Size(max = 20000) @Schema(description = "What the job is; blank lines separate paragraphs",
                example = "Size, repair and set stones in our Missoula workshop.") String description,
        @NotBlank @Size(max = 2000) @Schema(example = "Send your portfolio to jobs@hartwell.example") String howToApply,
        @NotNull @Pattern(regexp = "\\d{5}", message = "must be a five-digit ZIP code") @Schema(example = "59801") String zip,
        @Size(max = 100) @Schema(description = "Defaults to the ZIP code's city", example = "Missoula") String city,
        @NotNull @Schema(description = "The last day the posting is open, in the job's own time zone; today to a year ahead",
                example = "2026-09-30") LocalDate validThrough) {
}
