package org.jewelers.competition.judging;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.competition.edition.Program;

/** What judges score an entry on, and the scale of every score. */
@Schema(name = "Rubric")
public record Rubric(
        @NotNull @Schema(required = true, description = "Lowest score", example = "1") Integer scaleMin,
        @NotNull @Schema(required = true, description = "Highest score", example = "10") Integer scaleMax,
        @NotEmpty @Size(max = 20) @Schema(required = true) List<@Valid Line> criteria) {

    /** A criterion as staff send it. */
    @Schema(name = "RubricCriterion")
    public record Line(
            @NotBlank @Size(max = 60) @Schema(required = true, example = "overall-design") String code,
            @NotBlank @Size(max = 200) @Schema(required = true, example = "Overall design") String name,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Schema(required = true, example = "1") BigDecimal weight) {
    }

    /**
     * The program's published rubric: CASE's four criteria weigh the same; 20 Under 40 judges the nominee, not a
     * piece, on the four qualities the program names.
     */
    static Rubric standard(Program program) {
        List<Line> criteria = program == Program.CASE_AWARDS
                ? List.of(line("overall-design", "Overall design"), line("marketability", "Marketability"),
                        line("practicality-and-wearability", "Practicality and wearability"),
                        line("quality-of-manufacture", "Quality of manufacture"))
                : List.of(line("success-in-field", "Success in their field"),
                        line("leadership-and-innovation", "Leadership and an innovative mindset"),
                        line("community-potential", "Potential to improve their community"),
                        line("code-of-practices", "Commitment to the Code of Professional Practices"));
        return new Rubric(1, 10, criteria);
    }

    private static Line line(String code, String name) {
        return new Line(code, name, BigDecimal.ONE);
    }
}
