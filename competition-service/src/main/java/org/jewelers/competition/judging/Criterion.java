package org.jewelers.competition.judging;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a rubric: what judges score, and how much it weighs in the entry's mean. */
@Embeddable
@Schema(name = "Criterion")
public class Criterion {

    @Column(nullable = false)
    @Schema(required = true, example = "overall-design")
    public String code;

    @Column(nullable = false)
    @Schema(required = true, example = "Overall design")
    public String name;

    @Column(nullable = false)
    @Schema(required = true, description = "Relative weight; weights need not add up to anything", example = "1")
    public BigDecimal weight;

    protected Criterion() {
    }

    public Criterion(String code, String name, BigDecimal weight) {
        this.code = code;
        this.name = name;
        this.weight = weight;
    }
}
