package org.jewelers.competition.judging;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A judge as staff put them on an edition's roster. */
@Schema(name = "JudgeEnrolment")
public record JudgeEnrolment(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Dana Whitfield") String name,
        @NotBlank @Email @Size(max = 320) @Schema(required = true, example = "dana.whitfield@example.com") String email,
        @Schema(description = "The member firm the judge works at, if any: its entries and nominees never reach them")
        UUID memberId) {
}
