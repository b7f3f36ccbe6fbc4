package org.jewelers.competition.judging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A judge on an edition's roster, as staff see them. */
@Schema(name = "Judge")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JudgeView(UUID editionId,
                        @Schema(description = "The judge's token subject", example = "judge-7") String subject,
                        @Schema(example = "Dana Whitfield") String name,
                        @Schema(example = "dana.whitfield@example.com") String email,
                        @Schema(description = "The member firm the judge works at") UUID memberId,
                        Instant createdAt, Instant updatedAt) {

    static JudgeView of(Judge judge) {
        return new JudgeView(judge.key.editionId(), judge.key.judge(), judge.name, judge.email, judge.memberId,
                judge.createdAt, judge.updatedAt);
    }
}
