package org.jewelers.competition.fee;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jewelers.competition.edition.CategoryFee;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.Fees;

/**
 * An edition's price schedule applied: a category's own price before the edition's, and the early-bird price for a
 * checkout created before the cut-off (a category priced apart without an early price of its own keeps its price).
 */
public final class Prices {

    private Prices() {
    }

    public static Price of(Payable subject, Instant at) {
        Edition edition = subject.edition();
        Fees fees = edition.fees;
        if (subject.type() == SubjectType.NOMINATION) {
            return new Price(fees.nominationCents, fees.currency, "the edition's nomination price");
        }
        boolean early = fees.earlyUntil != null && at.isBefore(fees.earlyUntil);
        String cutOff = fees.earlyUntil == null ? "" : " the early-bird cut-off "
                + LocalDateTime.ofInstant(fees.earlyUntil, ZoneId.of(edition.timeZone)) + " " + edition.timeZone;
        CategoryFee own = edition.categoryFees.stream().filter(c -> c.category.equals(subject.category())).findFirst()
                .orElse(null);
        if (own != null) {
            if (early && own.earlyCents != null) {
                return new Price(own.earlyCents, fees.currency, "early-bird price of category " + own.category
                        + ", before" + cutOff);
            }
            return new Price(own.cents, fees.currency, "price of category " + own.category);
        }
        if (early && fees.earlyCents != null) {
            return new Price(fees.earlyCents, fees.currency, "the edition's early-bird price, before" + cutOff);
        }
        return new Price(fees.entryCents, fees.currency, fees.earlyUntil == null ? "the edition's entry price"
                : "the edition's entry price, on or after" + cutOff);
    }
}
