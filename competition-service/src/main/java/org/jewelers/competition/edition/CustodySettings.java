package org.jewelers.competition.edition;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An edition's custody settings as staff set them and everyone reads them: what the edition's PATCH takes (the
 * whole set, absent members at their defaults), what the edition's view shows and what its history compares.
 */
@Schema(name = "CustodySettings", description = "Shipping instructions for finalists' pieces, and when a piece is overdue")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustodySettings(
        @Size(min = 1, max = 500) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        @Schema(description = "Where finalists ship their pieces", example = "Jewelers of America, 120 Broadway, Suite 2820, New York, NY 10271")
        String shipTo,
        @Schema(description = "The last day to ship", example = "2027-08-15") LocalDate shipBy,
        @PositiveOrZero @Max(MAX_CENTS) @Schema(description = "What the insurance covers on the premises at once, in cents",
                example = "50000000") Long insuredLimitCents,
        @Min(1) @Max(365) @Schema(description = "A piece not received this many days after the request is overdue; default 21",
                example = "21") Integer receiveWithinDays,
        @Min(1) @Max(365) @Schema(description = "A piece not returned this many days after judging is overdue; default 30",
                example = "30") Integer returnWithinDays) {

    /** A bound on any one value: $100,000,000. */
    public static final long MAX_CENTS = 10_000_000_000L;

    static CustodySettings of(Edition edition) {
        CustodyTerms terms = edition.custody;
        return new CustodySettings(terms.shipTo, terms.shipBy, terms.insuredLimitCents, terms.receiveWithinDays,
                terms.returnWithinDays);
    }

    /** Sets the edition's custody terms to these settings. */
    void applyTo(Edition edition) {
        CustodyTerms terms = edition.custody;
        terms.shipTo = shipTo == null ? null : shipTo.strip();
        terms.shipBy = shipBy;
        terms.insuredLimitCents = insuredLimitCents;
        terms.receiveWithinDays = receiveWithinDays == null ? CustodyTerms.DEFAULT_RECEIVE_WITHIN_DAYS : receiveWithinDays;
        terms.returnWithinDays = returnWithinDays == null ? CustodyTerms.DEFAULT_RETURN_WITHIN_DAYS : returnWithinDays;
    }
}
