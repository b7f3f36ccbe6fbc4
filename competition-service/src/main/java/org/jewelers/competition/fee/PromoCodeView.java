package org.jewelers.competition.fee;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PromoCode")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PromoCodeView(UUID id, String code, Integer percentOff, Long amountOffCents, int maxUses,
                            @Schema(description = "Uses held by open checkouts") int held,
                            @Schema(description = "Uses by completed checkouts") int used,
                            Instant validFrom, Instant validUntil, List<String> categories, String createdBy,
                            Instant createdAt) {

    static PromoCodeView of(PromoCode promo) {
        return new PromoCodeView(promo.id, promo.code, promo.percentOff, promo.amountOffCents, promo.maxUses,
                promo.held, promo.used, promo.validFrom, promo.validUntil, promo.categoryList(), promo.createdBy,
                promo.createdAt);
    }
}
