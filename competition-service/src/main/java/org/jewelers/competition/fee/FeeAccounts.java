package org.jewelers.competition.fee;

import com.stripe.model.checkout.Session;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.competition.submission.CsvSheet;
import org.jewelers.web.problem.ProblemException;

/** Staff's side of fees: waivers, refunds, an edition's totals and its CSV, and the reconciliation with the provider. */
@ApplicationScoped
public class FeeAccounts {

    static final List<String> COLUMNS = List.of("checkout", "created_at", "completed_at", "status", "owner",
            "subject_type", "subject_id", "category", "title", "list_cents", "discount_cents", "amount_cents",
            "currency", "rule", "fee_status", "refunded_cents", "provider_session", "payment_intent");

    private final Map<SubjectType, Payables> payables;
    private final Checkouts checkouts;
    private final SubmissionFees fees;
    private final Refunds refunds;
    private final StripeProvider provider;
    private final EntityManager entities;
    private final Clock clock;

    FeeAccounts(@All List<Payables> payables, Checkouts checkouts, SubmissionFees fees, Refunds refunds,
                StripeProvider provider, EntityManager entities, Clock clock) {
        this.payables = payables.stream().collect(Collectors.toMap(Payables::type, Function.identity()));
        this.checkouts = checkouts;
        this.fees = fees;
        this.refunds = refunds;
        this.provider = provider;
        this.entities = entities;
        this.clock = clock;
    }

    /** Staff waive a draft's or a submission's fee; a paid one is refunded instead. */
    @Transactional
    public FeeView waive(SubjectType type, UUID id, String reason, String staff) {
        Payable subject = payables.get(type).lock(id)
                .orElseThrow(() -> ProblemException.notFound(type == SubjectType.ENTRY ? "Entry" : "Nomination", id));
        SubmissionFee existing = fees.of(id).orElse(null);
        if (existing != null && existing.state() == SubmissionFee.Status.PAID) {
            throw new ProblemException(CompetitionProblem.ALREADY_PAID, "The fee is paid; refund it instead");
        }
        if (existing != null && existing.state() == SubmissionFee.Status.HELD) {
            throw new ProblemException(CompetitionProblem.IN_CHECKOUT, "The draft is held by checkout "
                    + existing.checkoutId + " until it is paid or expires");
        }
        fees.waived(subject, reason.strip(), staff, clock.instant());
        return FeeView.of(fees.of(id).orElseThrow());
    }

    @Transactional
    public List<Refund> refund(UUID checkoutId, UUID subject, String reason, String staff) {
        Checkout checkout = checkouts.findByIdOptional(checkoutId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Checkout", checkoutId));
        return refunds.byStaff(checkout, subject, reason.strip(), staff);
    }

    public FeeTotals totals(Edition edition) {
        Object[] row = (Object[]) entities.createNativeQuery("""
                        select coalesce((select sum(amount_cents) from checkout where edition_id = ?1 and status = 'completed'), 0),
                               coalesce((select sum(r.amount_cents) from refund r join checkout c on c.id = r.checkout_id
                                         where c.edition_id = ?1 and r.status = 'succeeded'), 0),
                               coalesce((select sum(r.amount_cents) from refund r join checkout c on c.id = r.checkout_id
                                         where c.edition_id = ?1 and r.status = 'requested'), 0),
                               (select count(*) from submission_fee where edition_id = ?1 and status = 'waived'),
                               (select count(*) from submission_fee where edition_id = ?1 and status = 'paid'),
                               (select count(*) from submission_fee where edition_id = ?1 and status = 'held'),
                               coalesce((select sum(amount_cents) from checkout where edition_id = ?1 and status = 'open'), 0)
                        """).setParameter(1, edition.id).getSingleResult();
        long paid = ((Number) row[0]).longValue();
        long refunded = ((Number) row[1]).longValue();
        return new FeeTotals(edition.fees.currency, paid, refunded, paid - refunded, ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), ((Number) row[5]).longValue(),
                ((Number) row[6]).longValue());
    }

    /** One row per checkout line, for the accounts. */
    public String csv(Edition edition) {
        Map<UUID, Long> refunded = new HashMap<>();
        refunds.ofEdition(edition).stream().filter(r -> r.subjectId != null && r.state() == Refund.Status.SUCCEEDED)
                .forEach(r -> refunded.merge(r.subjectId, r.amountCents, Long::sum));
        List<List<String>> rows = new ArrayList<>();
        for (Checkout c : checkouts.list("editionId = ?1 order by createdAt, id", edition.id)) {
            for (CheckoutLine line : c.lines) {
                String feeStatus = fees.of(line.subjectId).filter(f -> c.id.equals(f.checkoutId))
                        .map(f -> f.status).orElse("");
                rows.add(List.of(c.id.toString(), c.createdAt.toString(), text(c.completedAt), c.status, c.ownerSubject,
                        line.subjectType, line.subjectId.toString(), text(line.category), line.title,
                        Long.toString(line.listCents), Long.toString(line.discountCents), Long.toString(line.amountCents),
                        c.currency, line.rule, feeStatus, Long.toString(refunded.getOrDefault(line.subjectId, 0L)),
                        text(c.providerSession), text(c.paymentIntent)));
            }
        }
        return CsvSheet.write(COLUMNS, rows);
    }

    /** The provider's sessions of the edition against our checkouts: what one side has and the other not, or differs. */
    public Reconciliation reconcile(Edition edition) {
        String editionId = edition.id.toString();
        Map<String, Session> theirs = new HashMap<>();
        provider.sessions().stream()
                .filter(s -> s.getMetadata() != null && editionId.equals(s.getMetadata().get("edition")))
                .forEach(s -> theirs.put(s.getId(), s));
        int providerSessions = theirs.size();
        List<Checkout> ours = checkouts.list("editionId = ?1 and providerSession is not null order by createdAt, id",
                edition.id);
        List<Reconciliation.Difference> differences = new ArrayList<>();
        for (Checkout checkout : ours) {
            Session session = theirs.remove(checkout.providerSession);
            if (session == null) {
                differences.add(new Reconciliation.Difference("missing-at-provider", checkout.id,
                        checkout.providerSession, "our checkout is " + checkout.status + "; the provider has no such session"));
                continue;
            }
            boolean paidThere = "paid".equals(session.getPaymentStatus());
            boolean paidHere = checkout.state() == Checkout.Status.COMPLETED;
            if (paidThere != paidHere) {
                differences.add(new Reconciliation.Difference("status-differs", checkout.id, session.getId(),
                        "ours " + checkout.status + ", the provider's " + session.getStatus() + "/" + session.getPaymentStatus()));
            }
            if (!Objects.equals(session.getAmountTotal(), checkout.amountCents)) {
                differences.add(new Reconciliation.Difference("amount-differs", checkout.id, session.getId(),
                        "ours " + checkout.amountCents + ", the provider's " + session.getAmountTotal()));
            }
        }
        theirs.values().forEach(session -> differences.add(new Reconciliation.Difference("missing-here",
                parse(session.getClientReferenceId()), session.getId(), "the provider's session is " + session.getStatus()
                + "/" + session.getPaymentStatus() + " for " + session.getAmountTotal() + "; we have no such checkout")));
        return new Reconciliation(edition.id, clock.instant(), ours.size(), providerSessions, differences);
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
