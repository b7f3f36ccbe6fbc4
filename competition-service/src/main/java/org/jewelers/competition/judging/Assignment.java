package org.jewelers.competition.judging;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jewelers.competition.entry.Entry;

/** One judge asked to score one entry in one round, and the scores they gave it so far. */
@Entity
@Table(name = "judge_assignment")
public class Assignment {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "entry_id")
    public Entry entry;

    /** The judge's token subject. */
    @Column(name = "judge_subject", nullable = false)
    public String judge;

    /** The judge stepped aside from this entry: it is no longer shown to them, and their scores are dropped. */
    @Column(nullable = false)
    public boolean recused;

    /** Criterion code to score. */
    @ElementCollection
    @CollectionTable(name = "score", joinColumns = @JoinColumn(name = "assignment_id"))
    @MapKeyColumn(name = "criterion")
    @Column(name = "value")
    public Map<String, Integer> scores = new HashMap<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "scored_at")
    public Instant scoredAt;

    /** When the judge was first shown the round's entries; null while they have not been. */
    @Column(name = "shown_at")
    public Instant shownAt;

    /** Whether its scores count in the round's standings: complete, and the judge did not recuse. */
    public boolean counts() {
        return !recused && complete();
    }

    /** Every criterion of the round's rubric has a score. */
    public boolean complete() {
        return round.criteria.stream().allMatch(c -> scores.containsKey(c.code));
    }
}
