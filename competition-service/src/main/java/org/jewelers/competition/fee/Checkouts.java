package org.jewelers.competition.fee;

import com.stripe.model.checkout.Session;
import io.quarkus.arc.All;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.competition.submission.Windows;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PanachePages;
import org.jewelers.web.problem.ProblemException;

/**
 * Entrants' checkouts: the drafts they pay for at once, priced when the checkout is created (the rule kept with each
 * line), held until the payment completes or the checkout expires. The provider's session is created inside the
 * transaction, under the checkout's own id as idempotency key, so that a failed commit leaves at most a session the
 * provider lets expire (and the reconciliation lists), never a payment we do not know.
 */
@ApplicationScoped
public class Checkouts implements PanacheRepositoryBase<Checkout, UUID> {

    static final int MAX_DRAFTS = 50;
    private static final int MAX_TITLE = 200;

    private final Map<SubjectType, Payables> payables;
    private final Windows windows;
    private final PromoCodes promoCodes;
    private final SubmissionFees fees;
    private final StripeProvider provider;
    private final Clock clock;
    private final Duration lifetime;

    Checkouts(@All List<Payables> payables, Windows windows, PromoCodes promoCodes, SubmissionFees fees,
              StripeProvider provider, Clock clock,
              @ConfigProperty(name = "competition.fees.checkout-lifetime", defaultValue = "PT1H") Duration lifetime) {
        this.payables = payables.stream().collect(Collectors.toMap(Payables::type, Function.identity()));
        this.windows = windows;
        this.promoCodes = promoCodes;
        this.fees = fees;
        this.provider = provider;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A checkout and whether it was created by this request (false: the same request answered again). */
    public record Created(Checkout checkout, boolean created) {
    }

    @Transactional
    public Created create(CheckoutRequest request, String owner, String email) {
        List<Payable> drafts = lockDrafts(request, owner);
        Edition edition = drafts.get(0).edition();
        Instant now = clock.instant();
        windows.requireOpen(edition, owner);

        Optional<Checkout> same = sameOpenCheckout(drafts, request.promoCode(), owner);
        if (same.isPresent()) {
            return new Created(same.get(), false);
        }
        List<CheckoutLine> lines = drafts.stream().map(d -> line(d, Prices.of(d, now))).toList();
        PromoCode promo = null;
        if (request.promoCode() != null) {
            promo = promoCodes.applicable(edition.id, request.promoCode(), now);
            discount(lines, promo);
        }
        Checkout checkout = new Checkout();
        checkout.id = UUID.randomUUID();
        checkout.editionId = edition.id;
        checkout.ownerSubject = owner;
        checkout.currency = edition.fees.currency;
        checkout.lines.addAll(lines);
        checkout.amountCents = lines.stream().mapToLong(l -> l.amountCents).sum();
        checkout.createdAt = now;
        checkout.updatedAt = now;
        checkout.expiresAt = now.plus(lifetime);
        if (checkout.amountCents == 0 && lines.stream().allMatch(l -> l.listCents == 0)) {
            throw ProblemException.invalid("entries", "nothing to pay: every draft named is free");
        }
        if (promo != null) {
            promoCodes.hold(promo);
            checkout.promoCodeId = promo.id;
        }
        checkout.state(Checkout.Status.OPEN);
        persist(checkout);
        drafts.forEach(d -> fees.hold(d, checkout));
        if (checkout.amountCents == 0) {
            complete(checkout, null, now);
        } else {
            Session session = provider.createSession(checkout, email);
            checkout.providerSession = session.getId();
            checkout.payUrl = session.getUrl();
        }
        return new Created(checkout, true);
    }

    /** Locks the drafts in id order (so two checkouts cannot deadlock), each the owner's, all of one edition. */
    private List<Payable> lockDrafts(CheckoutRequest request, String owner) {
        List<Map.Entry<SubjectType, UUID>> named = new ArrayList<>();
        request.entryIds().forEach(id -> named.add(Map.entry(SubjectType.ENTRY, id)));
        request.nominationIds().forEach(id -> named.add(Map.entry(SubjectType.NOMINATION, id)));
        if (named.isEmpty()) {
            throw ProblemException.invalid("entries", "name at least one draft entry or nomination");
        }
        if (named.size() > MAX_DRAFTS) {
            throw ProblemException.invalid("entries", "at most " + MAX_DRAFTS + " drafts in one checkout");
        }
        if (new HashSet<>(named.stream().map(Map.Entry::getValue).toList()).size() != named.size()) {
            throw ProblemException.invalid("entries", "names a draft twice");
        }
        named.sort(Comparator.comparing(Map.Entry::getValue));
        List<Payable> drafts = new ArrayList<>();
        for (Map.Entry<SubjectType, UUID> one : named) {
            Payable draft = payables.get(one.getKey()).lockOwn(one.getValue(), owner)
                    .orElseThrow(() -> ProblemException.notFound(one.getKey() == SubjectType.ENTRY ? "Entry" : "Nomination",
                            one.getValue()));
            if (!draft.draft()) {
                throw ProblemException.conflict(one.getKey().code() + " " + draft.id() + " is not a draft: only drafts are paid for");
            }
            drafts.add(draft);
        }
        if (drafts.stream().map(d -> d.edition().id).distinct().count() > 1) {
            throw ProblemException.invalid("entries", "all drafts of a checkout must be of one edition");
        }
        return drafts;
    }

    /**
     * The open checkout that already holds exactly these drafts with this promo code: a retried request answers it.
     * A draft that is paid, waived or held by another checkout is refused.
     */
    private Optional<Checkout> sameOpenCheckout(List<Payable> drafts, String promoCode, String owner) {
        Set<UUID> ids = drafts.stream().map(Payable::id).collect(Collectors.toSet());
        Set<UUID> holding = new HashSet<>();
        for (Payable draft : drafts) {
            SubmissionFee fee = fees.of(draft.id()).orElse(null);
            if (fee == null || fee.state() == SubmissionFee.Status.REFUNDED) {
                continue;
            }
            if (fee.settled()) {
                throw new ProblemException(CompetitionProblem.ALREADY_PAID, draft.type().code() + " " + draft.id()
                        + " is already " + fee.status);
            }
            holding.add(fee.checkoutId);
        }
        if (holding.isEmpty()) {
            return Optional.empty();
        }
        Checkout held = holding.size() == 1 ? findById(holding.iterator().next()) : null;
        boolean same = held != null && held.ownerSubject.equals(owner)
                && held.lines.stream().map(l -> l.subjectId).collect(Collectors.toSet()).equals(ids)
                && Objects.equals(promoText(held), promoCode == null ? null : promoCode.strip().toUpperCase());
        if (same) {
            return Optional.of(held);
        }
        throw new ProblemException(CompetitionProblem.IN_CHECKOUT, "Some of these drafts are held by checkout "
                + holding.iterator().next() + " until it is paid or expires");
    }

    private String promoText(Checkout checkout) {
        return checkout.promoCodeId == null ? null : promoCodes.findById(checkout.promoCodeId).code.toUpperCase();
    }

    private static CheckoutLine line(Payable draft, Price price) {
        CheckoutLine line = new CheckoutLine();
        line.subjectType = draft.type().code();
        line.subjectId = draft.id();
        line.category = draft.category();
        String title = draft.title() == null || draft.title().isBlank() ? "(untitled)" : draft.title();
        // "nomination of " and a name of up to 200 characters may pass the line's 200.
        line.title = title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE - 1) + "…" : title;
        line.listCents = price.cents();
        line.discountCents = 0;
        line.amountCents = price.cents();
        line.rule = price.rule();
        return line;
    }

    /** A percentage off each line it applies to, or an amount off the lines it applies to, in order, once. */
    private static void discount(List<CheckoutLine> lines, PromoCode promo) {
        List<CheckoutLine> applicable = lines.stream().filter(l -> promo.appliesTo(l.category)).toList();
        if (applicable.isEmpty()) {
            throw new ProblemException(CompetitionProblem.PROMO_CODE_INVALID, "The promo code " + promo.code
                    + " applies to none of these drafts' categories");
        }
        long amountLeft = promo.amountOffCents == null ? 0 : promo.amountOffCents;
        for (CheckoutLine line : applicable) {
            long off = promo.percentOff != null ? line.listCents * promo.percentOff / 100 : Math.min(amountLeft, line.listCents);
            amountLeft -= promo.percentOff != null ? 0 : off;
            line.discountCents = off;
            line.amountCents = line.listCents - off;
            line.rule = line.rule + "; promo code " + promo.code + " (" + (promo.percentOff != null
                    ? promo.percentOff + "% off" : promo.amountOffCents + " cents off the checkout") + ")";
        }
    }

    /**
     * The provider took the money: the checkout completes and its drafts are paid, even when it had expired here
     * (the payment arrived late) — money taken is never ignored. Completing twice changes nothing.
     */
    void complete(Checkout checkout, String paymentIntent, Instant at) {
        if (checkout.state() == Checkout.Status.COMPLETED) {
            return;
        }
        boolean wasOpen = checkout.state() == Checkout.Status.OPEN;
        checkout.state(Checkout.Status.COMPLETED);
        checkout.paymentIntent = paymentIntent;
        checkout.completedAt = at;
        checkout.updatedAt = at;
        if (checkout.promoCodeId != null) {
            promoCodes.consume(checkout.promoCodeId, wasOpen);
        }
        for (CheckoutLine line : checkout.lines) {
            Payables kind = payables.get(SubjectType.of(line.subjectType));
            kind.lock(line.subjectId).ifPresent(subject -> {
                fees.paid(subject, checkout, line.amountCents, at);
                kind.paid(subject, line.amountCents, checkout.currency, checkout.id);
            });
        }
    }

    /** The checkout ran out of time unpaid: its drafts and promo use are free again. A completed one stays paid. */
    void expire(Checkout checkout, Instant at) {
        if (checkout.state() != Checkout.Status.OPEN) {
            return;
        }
        checkout.state(Checkout.Status.EXPIRED);
        checkout.updatedAt = at;
        if (checkout.promoCodeId != null) {
            promoCodes.release(checkout.promoCodeId);
        }
        fees.releaseHeldBy(checkout.id);
    }

    Optional<Checkout> lockBySession(String session) {
        return find("providerSession", session).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    Optional<Checkout> lockByPaymentIntent(String paymentIntent) {
        return find("paymentIntent", paymentIntent).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The owner's checkout; 404 for anyone else's. */
    public Checkout own(UUID id, String owner) {
        Checkout checkout = findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Checkout", id));
        if (!checkout.ownerSubject.equals(owner)) {
            throw ProblemException.notFound("Checkout", id);
        }
        return checkout;
    }

    public Page<Checkout> ownedBy(String owner, int page, int size) {
        return PanachePages.of(find("ownerSubject = ?1 order by createdAt desc, id", owner), page, size);
    }
}
