package org.jewelers.competition.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.jewelers.competition.edition.CategoryFee;
import org.jewelers.competition.edition.Edition;
import org.junit.jupiter.api.Test;

/** The price schedule's rules, one case each, starting nothing. */
class PricesTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    /** The cut-off as staff set it: midnight in the edition's zone, the day daylight-saving time starts. */
    private static final Instant CUT_OFF = LocalDateTime.parse("2027-03-14T00:00").atZone(LA).toInstant();

    @Test
    void theEarlyPriceHoldsUntilTheSecondBeforeTheCutOffInTheEditionsZone() {
        Edition edition = edition();
        assertEquals(3500, Prices.of(entry(edition, "rings"), CUT_OFF.minusSeconds(1)).cents());
        assertEquals(5000, Prices.of(entry(edition, "rings"), CUT_OFF).cents());
        assertEquals(5000, Prices.of(entry(edition, "rings"), CUT_OFF.plusSeconds(1)).cents());
    }

    @Test
    void aCategoryPricedApartTakesItsOwnPricesAndKeepsItsPriceWithoutAnEarlyOne() {
        Edition edition = edition();
        edition.categoryFees.add(new CategoryFee("bridal", 7500, 6000L));
        edition.categoryFees.add(new CategoryFee("fashion", 2500, null));
        assertEquals(6000, Prices.of(entry(edition, "bridal"), CUT_OFF.minusSeconds(1)).cents());
        assertEquals(7500, Prices.of(entry(edition, "bridal"), CUT_OFF).cents());
        assertEquals(2500, Prices.of(entry(edition, "fashion"), CUT_OFF.minusSeconds(1)).cents());
        assertEquals("price of category fashion", Prices.of(entry(edition, "fashion"), CUT_OFF).rule());
    }

    @Test
    void aNominationCostsTheNominationPriceWhateverTheCutOff() {
        Edition edition = edition();
        edition.fees.nominationCents = 1500;
        Payable nomination = new Payable(SubjectType.NOMINATION, UUID.randomUUID(), edition, "retail", "nomination",
                "nominator", true);
        assertEquals(1500, Prices.of(nomination, CUT_OFF.minusSeconds(1)).cents());
    }

    @Test
    void anEditionWithoutAScheduleIsFree() {
        Edition edition = new Edition();
        edition.timeZone = "UTC";
        assertEquals(0, Prices.of(entry(edition, "rings"), Instant.EPOCH).cents());
    }

    private static Edition edition() {
        Edition edition = new Edition();
        edition.timeZone = LA.getId();
        edition.fees.entryCents = 5000;
        edition.fees.earlyCents = 3500L;
        edition.fees.earlyUntil = CUT_OFF;
        return edition;
    }

    private static Payable entry(Edition edition, String category) {
        return new Payable(SubjectType.ENTRY, UUID.randomUUID(), edition, category, "Tidepool Cuff", "entrant", true);
    }
}
