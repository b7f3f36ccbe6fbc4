package org.jewelers.competition.custody;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What of an edition's pieces is on the association's premises now: received and not yet returned. */
@Schema(name = "CustodyPremises")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Premises(@Schema(description = "Pieces received and not yet returned") long pieces,
                       @Schema(description = "Their declared values, in cents") long declaredValueCents,
                       @Schema(description = "The edition's insured limit, when set") Long insuredLimitCents,
                       @Schema(description = "True when the declared values pass the insured limit") boolean overInsuredLimit,
                       @Schema(description = "Why staff should act; absent when all is well") String warning) {

    static Premises of(long pieces, long declaredValueCents, Long insuredLimitCents) {
        boolean over = insuredLimitCents != null && declaredValueCents > insuredLimitCents;
        return new Premises(pieces, declaredValueCents, insuredLimitCents, over, over
                ? "The pieces on the premises are declared at " + declaredValueCents + " cents, above the insured limit of "
                + insuredLimitCents + " cents"
                : null);
    }
}
