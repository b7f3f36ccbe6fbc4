package org.jewelers.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail; `type` is stable per kind of error.")
public record Problem(
        @Schema(example = "https://jewelers.example/problems/validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are invalid") String detail,
        @Schema(example = "/api/v1/members") String instance,
        @Schema(description = "One entry per offending field, for validation errors") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A field that failed validation: its JSON path in the request and why. */
    public record FieldError(
            @Schema(example = "locations[0].zip") String field,
            @Schema(example = "must match \"\\d{5}\"") String message) {
    }
}
