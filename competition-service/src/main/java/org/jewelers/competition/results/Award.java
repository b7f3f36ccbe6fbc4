package org.jewelers.competition.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.UUID;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.entry.Entry;

/** A category's winner (Best in Show included), granted when staff confirm the finals. */
@Entity
public class Award {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "edition_id")
    public Edition edition;

    @Column(nullable = false)
    public String category;

    @ManyToOne(optional = false)
    @JoinColumn(name = "entry_id")
    public Entry entry;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;
}
