package org.jewelers.competition.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step in a nomination's life: who, when, from which status to which, and why. */
@Entity
@Table(name = "nomination_history")
public class NominationStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "nomination_id", nullable = false)
    public UUID nominationId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public NominationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public NominationStatus toStatus;

    public String reason;
}
