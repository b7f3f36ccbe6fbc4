package org.jewelers.competition.custody;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.web.problem.ProblemException;

/**
 * A finalist's piece from the request to ship it to its return: requested, shipped (the entrant), received,
 * in-judging, judged, returning (staff), returned (the entrant or staff). A step out of this order is refused naming
 * the piece's stage. A finalist removed is withdrawn, not forgotten: its piece is not judged but still goes home,
 * from wherever it is. Every step is appended to the edition's custody log in the step's transaction.
 */
@ApplicationScoped
public class Journey {

    private final Pieces pieces;
    private final CustodyLog log;
    private final CustodyNotices notices;
    private final Clock clock;

    Journey(Pieces pieces, CustodyLog log, CustodyNotices notices, Clock clock) {
        this.pieces = pieces;
        this.log = log;
        this.notices = notices;
        this.clock = clock;
    }

    /** A finalist confirmed: their piece is requested, or requested again if they had been withdrawn. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void request(UUID entryId, UUID editionId, String actor) {
        Piece piece = pieces.findById(entryId, LockModeType.PESSIMISTIC_WRITE);
        if (piece == null) {
            piece = new Piece();
            piece.entryId = entryId;
            piece.editionId = editionId;
            piece.stage(Stage.REQUESTED);
            piece.scanCode = ScanCode.next();
            piece.requestedAt = now();
            pieces.persist(piece);
            log.append(piece, "requested", null, actor, piece.requestedAt, null, Map.of());
        } else if (piece.withdrawn) {
            piece.withdrawn = false;
            piece.withdrawnAt = null;
            log.append(piece, "reinstated", piece.stage(), actor, now(), null, Map.of());
        }
    }

    /** A finalist removed: their piece is no longer judged and goes home. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(UUID entryId, String reason, String actor) {
        Piece piece = pieces.findById(entryId, LockModeType.PESSIMISTIC_WRITE);
        if (piece != null && !piece.withdrawn) {
            piece.withdrawn = true;
            piece.withdrawnAt = now();
            log.append(piece, "withdrawn", piece.stage(), actor, piece.withdrawnAt, null, details("reason", reason));
        }
    }

    @Transactional
    Piece ship(UUID entryId, Shipment shipment, String actor) {
        Piece piece = step(entryId, "ship", Set.of(Stage.REQUESTED), Stage.SHIPPED);
        piece.carrier = shipment.carrier().strip();
        piece.trackingNumber = shipment.trackingNumber().strip();
        piece.declaredValueCents = shipment.declaredValueCents();
        piece.insured = shipment.insured();
        piece.shippedAt = now();
        log.append(piece, "shipped", Stage.REQUESTED, actor, piece.shippedAt, piece.carrier + " " + piece.trackingNumber,
                details("declaredValueCents", piece.declaredValueCents, "insured", piece.insured));
        return piece;
    }

    @Transactional
    Piece receive(UUID entryId, Receipt receipt, String actor) {
        Piece piece = step(entryId, "receive", Set.of(Stage.SHIPPED), Stage.RECEIVED);
        piece.conditionNotes = receipt.conditionNotes().strip();
        piece.storageLocation = receipt.storageLocation().strip();
        piece.receivedAt = now();
        log.append(piece, "received", Stage.SHIPPED, actor, piece.receivedAt, piece.storageLocation,
                details("conditionNotes", piece.conditionNotes));
        notices.received(piece);
        return piece;
    }

    /**
     * The piece whose packing slip was scanned, received with nothing else known yet (its condition and place follow
     * with {@link #note}). Scanning a piece just received again answers it as it is: a scanner's retry records
     * nothing twice.
     */
    @Transactional
    Piece receiveScanned(String code, String actor) {
        Piece piece = pieces.lockByScanCode(code);
        if (piece.stage() == Stage.RECEIVED) {
            return piece;
        }
        advance(piece, "receive", Set.of(Stage.SHIPPED), Stage.RECEIVED);
        piece.receivedAt = now();
        log.append(piece, "received", Stage.SHIPPED, actor, piece.receivedAt, null, details("scanned", true));
        notices.received(piece);
        return piece;
    }

    /** What staff note of a piece on the premises after its receipt: its condition, or where it is kept now. */
    @Transactional
    Piece note(UUID entryId, ReceiptNotes notes, String actor) {
        Piece piece = pieces.lock(entryId);
        if (notes.conditionNotes() == null && notes.storageLocation() == null) {
            throw ProblemException.invalid("conditionNotes", "give conditionNotes, storageLocation or both");
        }
        requireOnPremises(piece, "note");
        Map<String, Object> changed = new LinkedHashMap<>();
        if (notes.conditionNotes() != null) {
            piece.conditionNotes = notes.conditionNotes().strip();
            changed.put("conditionNotes", piece.conditionNotes);
        }
        if (notes.storageLocation() != null) {
            piece.storageLocation = notes.storageLocation().strip();
            changed.put("storageLocation", piece.storageLocation);
        }
        log.append(piece, notes.storageLocation() != null ? "moved" : "noted", piece.stage(), actor, now(),
                piece.storageLocation, changed);
        return piece;
    }

    /** An intake photo added to a piece on the premises, logged by its SHA-256 so that the log vouches for it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void photographed(Piece piece, IntakePhoto photo, String actor) {
        log.append(piece, "photographed", piece.stage(), actor, photo.createdAt, piece.storageLocation,
                details("photoId", photo.id.toString(), "sha256", photo.sha256));
    }

    /** Refuses a step that only a piece received and not yet sent back may take. */
    static void requireOnPremises(Piece piece, String step) {
        if (!Stage.AT_DESK.contains(piece.stage())) {
            throw refused(piece, "Cannot " + step + " a piece that is " + piece.stage().code()
                    + ": only a piece received and not yet sent back");
        }
    }

    @Transactional
    Piece startJudging(UUID entryId, String actor) {
        Piece piece = pieces.lock(entryId);
        if (piece.withdrawn) {
            throw refused(piece, "A withdrawn finalist's piece is not judged; send it back");
        }
        Stage from = advance(piece, "judge", Set.of(Stage.RECEIVED), Stage.IN_JUDGING);
        log.append(piece, "in-judging", from, actor, now(), piece.storageLocation, Map.of());
        return piece;
    }

    @Transactional
    Piece judged(UUID entryId, String actor) {
        Piece piece = step(entryId, "finish judging", Set.of(Stage.IN_JUDGING), Stage.JUDGED);
        piece.judgedAt = now();
        log.append(piece, "judged", Stage.IN_JUDGING, actor, piece.judgedAt, piece.storageLocation, Map.of());
        return piece;
    }

    @Transactional
    Piece sendBack(UUID entryId, ReturnShipment shipment, String actor) {
        Piece piece = pieces.lock(entryId);
        Set<Stage> from = piece.withdrawn ? Set.of(Stage.RECEIVED, Stage.IN_JUDGING, Stage.JUDGED) : Set.of(Stage.JUDGED);
        Stage was = advance(piece, "send back", from, Stage.RETURNING);
        piece.returnCarrier = shipment.carrier().strip();
        piece.returnTrackingNumber = shipment.trackingNumber().strip();
        piece.returnInsuredValueCents = shipment.insuredValueCents();
        piece.returningAt = now();
        log.append(piece, "returning", was, actor, piece.returningAt,
                piece.returnCarrier + " " + piece.returnTrackingNumber,
                details("insuredValueCents", piece.returnInsuredValueCents));
        notices.returnShipped(piece);
        return piece;
    }

    @Transactional
    Piece delivered(UUID entryId, String actor) {
        Piece piece = step(entryId, "confirm delivery", Set.of(Stage.RETURNING), Stage.RETURNED);
        piece.returnedAt = now();
        log.append(piece, "returned", Stage.RETURNING, actor, piece.returnedAt, null, Map.of());
        return piece;
    }

    private Piece step(UUID entryId, String step, Set<Stage> from, Stage to) {
        Piece piece = pieces.lock(entryId);
        advance(piece, step, from, to);
        return piece;
    }

    private static Stage advance(Piece piece, String step, Set<Stage> from, Stage to) {
        Stage was = piece.stage();
        if (!from.contains(was)) {
            throw refused(piece, "Cannot " + step + " a piece that is " + was.code()
                    + (piece.withdrawn ? " (its finalist withdrawn)" : ""));
        }
        piece.stage(to);
        return was;
    }

    static ProblemException refused(Piece piece, String detail) {
        return new ProblemException(CompetitionProblem.CUSTODY_TRANSITION_REFUSED, detail)
                .with("currentState", piece.state).with("withdrawn", piece.withdrawn);
    }

    /** The database keeps microseconds: the log's seal is over the instant as it reads back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Map<String, Object> details(Object... pairs) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            details.put((String) pairs[i], pairs[i + 1]);
        }
        return details;
    }
}
