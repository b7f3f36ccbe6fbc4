package org.jewelers.careers.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program as staff write it; an edit replaces the whole program. City and state come from the ZIP code. */
@Schema(name = "ProgramContent")
public record ProgramContent(
        @NotBlank @Size(max = 200) @Schema(example = "Jewelry Making and Repair") String name,
        @NotBlank @Size(max = 200) @Schema(example = "North Bennet Street School") String institution,
        @NotNull @Schema(example = "certificate") ProgramKind kind,
        @NotBlank @Size(max = 60) @Schema(example = "Full-time certificate") String level,
        @NotBlank @Size(max = 4000) String description,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(example = "https://www.nbss.edu") String url,
        @Schema(description = "Taught online (with a zip too: hybrid)") boolean online,
        @Pattern(regexp = "\\d{5}", message = "must be a five-digit ZIP code")
        @Schema(description = "Where it is taught; required unless online", example = "02113") String zip,
        @Size(max = 100) @Schema(description = "Defaults to the ZIP code's city", example = "Boston") String city,
        @NotEmpty @Size(max = 6) @Schema(description = "Slugs of the career areas it prepares for",
                example = "[\"design-and-production\"]") List<String> areas) {
}
