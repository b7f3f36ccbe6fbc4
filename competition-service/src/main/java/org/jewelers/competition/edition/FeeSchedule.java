package org.jewelers.competition.edition;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.web.problem.Problem;

/**
 * An edition's fees as staff set them and everyone reads them: what the edition's PATCH takes (the whole schedule,
 * absent members at their defaults), what the edition's view shows and what its history compares. The early-bird
 * cut-off is a wall-clock time in the edition's zone.
 */
@Schema(name = "FeeSchedule", description = "Entry fees in integer cents of one ISO 4217 currency, and the refund policy")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeeSchedule(
        @Pattern(regexp = "[A-Z]{3}") @Schema(description = "ISO 4217; default USD", example = "USD") String currency,
        @PositiveOrZero @Max(MAX_CENTS) @Schema(description = "The price of an entry; default 0 (free)", example = "5000")
        Long entryCents,
        @Valid @Schema(description = "A lower price for checkouts created before a cut-off") EarlyBird earlyBird,
        @Size(max = 30) @Schema(description = "Categories priced apart from the edition's price")
        List<@Valid @NotNull CategoryPrice> categories,
        @PositiveOrZero @Max(MAX_CENTS) @Schema(description = "The price of a nomination; default 0 (free)", example = "0")
        Long nominationCents,
        @Schema(description = "Refund an entry withdrawn before its deadline; default false") Boolean refundOnWithdrawal,
        @Schema(description = "Refund an entry staff find ineligible; default false") Boolean refundOnIneligible) {

    /** A bound on any one price: $100,000. */
    public static final long MAX_CENTS = 10_000_000;

    @Schema(name = "EarlyBird")
    public record EarlyBird(
            @NotNull @PositiveOrZero @Max(MAX_CENTS) @Schema(example = "3500") Long cents,
            @NotNull @Schema(implementation = String.class, pattern = WallClockTime.PATTERN, example = "2027-04-01T00:00",
                    description = "Checkouts created before this time, in the edition's zone, pay the early price")
            LocalDateTime until) {
    }

    @Schema(name = "CategoryPrice")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CategoryPrice(
            @NotNull @Size(min = 1, max = 60) @Schema(example = "bridal") String code,
            @NotNull @PositiveOrZero @Max(MAX_CENTS) @Schema(example = "7500") Long cents,
            @PositiveOrZero @Max(MAX_CENTS) @Schema(description = "Its early-bird price; the edition's early-bird "
                    + "cut-off applies", example = "6000") Long earlyBirdCents) {
    }

    static FeeSchedule of(Edition edition) {
        Fees fees = edition.fees;
        EarlyBird early = fees.earlyCents == null ? null
                : new EarlyBird(fees.earlyCents, LocalDateTime.ofInstant(fees.earlyUntil, edition.zone()));
        return new FeeSchedule(fees.currency, fees.entryCents, early,
                edition.categoryFees.stream().map(c -> new CategoryPrice(c.category, c.cents, c.earlyCents)).toList(),
                fees.nominationCents, fees.refundOnWithdrawal, fees.refundOnIneligible);
    }

    /** What is wrong with the schedule for an edition of these categories, every problem named. */
    List<Problem.FieldError> errors(Set<String> categoryCodes) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CategoryPrice price : categories == null ? List.<CategoryPrice>of() : categories) {
            if (!categoryCodes.contains(price.code())) {
                errors.add(new Problem.FieldError("fees.categories", price.code() + " is not a category of the edition"));
            } else if (!seen.add(price.code())) {
                errors.add(new Problem.FieldError("fees.categories", "prices " + price.code() + " twice"));
            }
            if (price.earlyBirdCents() != null && earlyBird == null) {
                errors.add(new Problem.FieldError("fees.categories",
                        price.code() + " has an early-bird price but the edition has no early-bird cut-off"));
            }
        }
        return errors;
    }

    /** Sets the edition's fees to this schedule. */
    void applyTo(Edition edition) {
        ZoneId zone = edition.zone();
        Fees fees = edition.fees;
        fees.currency = currency == null ? "USD" : currency;
        fees.entryCents = entryCents == null ? 0 : entryCents;
        fees.earlyCents = earlyBird == null ? null : earlyBird.cents();
        fees.earlyUntil = earlyBird == null ? null : Editions.at(earlyBird.until(), zone);
        fees.nominationCents = nominationCents == null ? 0 : nominationCents;
        fees.refundOnWithdrawal = Boolean.TRUE.equals(refundOnWithdrawal);
        fees.refundOnIneligible = Boolean.TRUE.equals(refundOnIneligible);
        edition.categoryFees.clear();
        if (categories != null) {
            categories.forEach(c -> edition.categoryFees.add(new CategoryFee(c.code(), c.cents(), c.earlyBirdCents())));
        }
    }
}
