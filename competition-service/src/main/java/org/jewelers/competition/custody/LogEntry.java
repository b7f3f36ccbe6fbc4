package org.jewelers.competition.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a piece, as the edition's custody log keeps it: written once, never changed (a trigger refuses it). */
@Entity
@Table(name = "custody_log")
public class LogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "edition_id", nullable = false, updatable = false)
    public UUID editionId;

    /** 1, 2, 3 ... per edition: a gap is a row removed. */
    @Column(nullable = false, updatable = false)
    public long sequence;

    @Column(name = "entry_id", nullable = false, updatable = false)
    public UUID entryId;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(name = "from_state", updatable = false)
    public String fromState;

    @Column(name = "to_state", nullable = false, updatable = false)
    public String toState;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(nullable = false, updatable = false)
    public Instant at;

    /** Where the piece is: the carrier and tracking number on the way, its storage location on the premises. */
    @Column(updatable = false)
    public String place;

    /** What the step recorded, as JSON. */
    @Column(nullable = false, updatable = false)
    public String details;

    /** HMAC-SHA256 over this row's content and the previous row's HMAC, hex. */
    @Column(nullable = false, updatable = false)
    public String hmac;
}
