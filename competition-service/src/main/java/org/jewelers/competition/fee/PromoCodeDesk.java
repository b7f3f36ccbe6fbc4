package org.jewelers.competition.fee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jewelers.competition.edition.Edition;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/** Staff create an edition's promo codes, checked whole: one kind of discount, known categories, a sane window. */
@ApplicationScoped
class PromoCodeDesk {

    /** A bound on the codes of one edition. */
    static final int MAX_PER_EDITION = 200;

    private final PromoCodes promoCodes;
    private final Clock clock;

    PromoCodeDesk(PromoCodes promoCodes, Clock clock) {
        this.promoCodes = promoCodes;
        this.clock = clock;
    }

    @Transactional
    PromoCode create(Edition edition, NewPromoCode request, String staff) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if ((request.percentOff() == null) == (request.amountOffCents() == null)) {
            errors.add(new Problem.FieldError("percentOff", "give exactly one of percentOff and amountOffCents"));
        }
        Set<String> codes = edition.categories.stream().map(c -> c.code).collect(Collectors.toSet());
        List<String> categories = request.categories() == null ? List.of() : request.categories().stream().distinct().toList();
        categories.stream().filter(c -> !codes.contains(c)).forEach(c ->
                errors.add(new Problem.FieldError("categories", c + " is not a category of the edition")));
        LocalDateTime from = request.validFrom();
        LocalDateTime until = request.validUntil();
        if (from != null && until != null && !until.isAfter(from)) {
            errors.add(new Problem.FieldError("validUntil", "must be after validFrom"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (promoCodes.count("editionId = ?1 and upper(code) = upper(?2)", edition.id, request.code()) > 0) {
            throw ProblemException.conflict("The edition has a promo code " + request.code() + " already");
        }
        if (promoCodes.count("editionId", edition.id) >= MAX_PER_EDITION) {
            throw ProblemException.conflict("The edition has " + MAX_PER_EDITION + " promo codes, the most it may");
        }
        PromoCode promo = new PromoCode();
        promo.id = UUID.randomUUID();
        promo.editionId = edition.id;
        promo.code = request.code();
        promo.percentOff = request.percentOff();
        promo.amountOffCents = request.amountOffCents();
        promo.maxUses = request.maxUses();
        promo.validFrom = from == null ? null : from.atZone(edition.zone()).toInstant();
        promo.validUntil = until == null ? null : until.atZone(edition.zone()).toInstant();
        promo.categories = String.join(",", categories);
        promo.createdBy = staff;
        promo.createdAt = clock.instant();
        promoCodes.persist(promo);
        return promo;
    }

    List<PromoCode> of(Edition edition) {
        return promoCodes.of(edition.id);
    }
}
