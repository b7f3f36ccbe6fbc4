package org.jewelers.competition.judging;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jewelers.competition.edition.Edition;

/** A stage of judging an edition, with its rubric and the instants between which judges may score. */
@Entity
@Table(name = "round")
public class Round {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "edition_id")
    public Edition edition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;

    @Column(name = "scale_min", nullable = false)
    public int scaleMin;

    @Column(name = "scale_max", nullable = false)
    public int scaleMax;

    @ElementCollection
    @CollectionTable(name = "round_criterion", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    public List<Criterion> criteria = new ArrayList<>();

    /** The entries staff advanced to the finals; empty for pre-judging, which takes every accepted entry. */
    @ElementCollection
    @CollectionTable(name = "round_finalist", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "entry_id")
    public Set<UUID> finalists = new LinkedHashSet<>();

    /**
     * When staff confirmed the finalists, once: from then on the set is no longer replaced, only added to, or removed
     * from with a reason. Null until then.
     */
    @Column(name = "finalists_confirmed_at")
    public Instant finalistsConfirmedAt;

    /** When each finalist was confirmed: with the set, or when added after it. What notices and custody start from. */
    @ElementCollection
    @CollectionTable(name = "round_finalist_confirmation", joinColumns = @JoinColumn(name = "round_id"))
    @MapKeyColumn(name = "entry_id")
    @Column(name = "confirmed_at", nullable = false)
    public Map<UUID, Instant> finalistConfirmations = new HashMap<>();

    @Column(name = "opens_at", nullable = false)
    public Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    /** When staff confirmed the winners of the finals; set once. */
    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
