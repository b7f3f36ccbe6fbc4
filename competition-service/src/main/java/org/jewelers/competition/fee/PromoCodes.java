package org.jewelers.competition.fee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.web.problem.ProblemException;

/**
 * Promo codes and their uses. A checkout reserves a use with one conditional UPDATE, so that two checkouts racing
 * for the last use cannot both have it; an expired checkout releases it, a completed one consumes it.
 */
@ApplicationScoped
public class PromoCodes implements PanacheRepositoryBase<PromoCode, UUID> {

    /** The edition's code by its text, in any case. */
    PromoCode applicable(UUID editionId, String code, Instant at) {
        PromoCode promo = find("editionId = ?1 and upper(code) = upper(?2)", editionId, code.strip()).firstResult();
        if (promo == null) {
            throw new ProblemException(CompetitionProblem.PROMO_CODE_INVALID, "No promo code " + code.strip()
                    + " in this edition");
        }
        if (!promo.validAt(at)) {
            throw new ProblemException(CompetitionProblem.PROMO_CODE_INVALID, "The promo code " + promo.code
                    + " is not valid now");
        }
        return promo;
    }

    /** Reserves one use of the code for an open checkout, refused when none is left. */
    void hold(PromoCode promo) {
        int reserved = getEntityManager().createNativeQuery(
                        "update promo_code set held = held + 1 where id = ?1 and held + used < max_uses")
                .setParameter(1, promo.id).executeUpdate();
        if (reserved == 0) {
            throw new ProblemException(CompetitionProblem.PROMO_CODE_USED_UP, "The promo code " + promo.code
                    + " has been used " + promo.maxUses + " times, its limit");
        }
    }

    /** The use an open checkout held is given back. */
    void release(UUID promoId) {
        getEntityManager().createNativeQuery("update promo_code set held = held - 1 where id = ?1 and held > 0")
                .setParameter(1, promoId).executeUpdate();
    }

    /**
     * The use is spent. {@code wasHeld} is false for a checkout paid after it expired (the provider took the money,
     * so the use counts even past the limit).
     */
    void consume(UUID promoId, boolean wasHeld) {
        getEntityManager().createNativeQuery(wasHeld
                        ? "update promo_code set held = greatest(held - 1, 0), used = used + 1 where id = ?1"
                        : "update promo_code set used = used + 1 where id = ?1")
                .setParameter(1, promoId).executeUpdate();
    }

    List<PromoCode> of(UUID editionId) {
        return list("editionId = ?1 order by createdAt", editionId);
    }
}
