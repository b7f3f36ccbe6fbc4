package org.jewelers.careers.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A career profile as staff write it; an edit replaces the whole profile, so a reader never sees half an update. */
@Schema(name = "CareerProfileContent")
public record CareerProfileContent(
        @Size(max = 80) @Schema(description = "Only when creating: lowercase words joined by hyphens", example = "bench-jeweler")
        String slug,
        @NotBlank @Size(max = 60) @Schema(example = "design-and-production") String area,
        @NotBlank @Size(max = 120) @Schema(example = "Bench jeweler") String title,
        @NotBlank @Size(max = 2000) @Schema(description = "What the job is") String summary,
        @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 300) String> tasks,
        @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 200) String> skills,
        @NotNull @Valid PathsIn pathsIn,
        @NotNull @Valid Salary salary,
        @Size(max = 20) @Schema(description = "Slugs of related profiles", example = "[\"stone-setter\"]") List<String> related) {

    /** How people get into the job. */
    @Schema(name = "PathsIn")
    public record PathsIn(
            @NotBlank @Size(max = 2000) @Schema(description = "Education and experience that lead in") String education,
            @NotNull @Size(max = 20) @Schema(example = "[\"JA Certified Bench Jeweler (CBJ)\"]")
            List<@NotBlank @Size(max = 200) String> certifications) {
    }

    /** A yearly pay range in US dollar cents, with where it comes from. */
    @Schema(name = "Salary")
    public record Salary(
            @Positive @Schema(description = "Low end, US cents a year", example = "3100000") long minCents,
            @Positive @Schema(description = "High end, US cents a year", example = "7200000") long maxCents,
            @Schema(example = "USD") String currency,
            @NotBlank @Size(max = 300) @Schema(example = "U.S. Bureau of Labor Statistics, OEWS (51-9071)") String source,
            @Min(2000) @Max(2200) @Schema(description = "The year the figures describe", example = "2023") int year) {
    }
}
