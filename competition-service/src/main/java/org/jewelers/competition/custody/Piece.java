package org.jewelers.competition.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A finalist's piece in the association's custody: its stage, and what each step recorded. */
@Entity
@Table(name = "custody")
public class Piece {

    @Id
    @Column(name = "entry_id")
    public UUID entryId;

    @Column(name = "edition_id", nullable = false)
    public UUID editionId;

    @Column(nullable = false)
    public String state;

    /** The entry is no longer a finalist: it is not judged, and its piece goes home from wherever it is. */
    @Column(nullable = false)
    public boolean withdrawn;

    /** When its finalist was last withdrawn; from then the piece is awaited home. */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    /** Printed on the packing slip as a QR code: scanned, it alone finds the piece. */
    @Column(name = "scan_code", nullable = false, updatable = false)
    public String scanCode;

    public String carrier;

    @Column(name = "tracking_number")
    public String trackingNumber;

    @Column(name = "declared_value_cents")
    public Long declaredValueCents;

    public Boolean insured;

    @Column(name = "condition_notes")
    public String conditionNotes;

    @Column(name = "storage_location")
    public String storageLocation;

    @Column(name = "return_carrier")
    public String returnCarrier;

    @Column(name = "return_tracking_number")
    public String returnTrackingNumber;

    @Column(name = "return_insured_value_cents")
    public Long returnInsuredValueCents;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "shipped_at")
    public Instant shippedAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "judged_at")
    public Instant judgedAt;

    @Column(name = "returning_at")
    public Instant returningAt;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Version
    public long version;

    Stage stage() {
        return Stage.of(state);
    }

    void stage(Stage stage) {
        state = stage.code();
    }
}
