package org.jewelers.web.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error answer. A kind may add extension members (a deadline that
 * applied, a quota that was reached); they follow the standard members in the order they were added. A kind whose
 * answers carry members documents them with a schema of its own.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail; `type` is stable per kind of error.")
public record Problem(
        @Schema(example = "https://jewelers.example/problems/validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are invalid") String detail,
        @Schema(example = "/api/v1/members") String instance,
        @Schema(description = "One entry per offending field, for validation errors") List<FieldError> errors,
        @JsonIgnore @Schema(hidden = true) Map<String, Object> members) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        members = members == null || members.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, Map.of());
    }

    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return members;
    }

    /** A field that failed validation: its JSON path in the request and why. */
    public record FieldError(
            @Schema(example = "locations[0].zip") String field,
            @Schema(example = "must match \"\\d{5}\"") String message) {
    }
}
