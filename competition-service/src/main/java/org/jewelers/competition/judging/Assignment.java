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
import org.jewelers.competition.nomination.Dossier;

/**
 * One judge asked to score one entry (CASE) or one nominee's dossier (20 Under 40) in one round, and the scores they
 * gave it so far. Exactly one of the two is set; everything else about judging is the same for both.
 */
@Entity
@Table(name = "judge_assignment")
public class Assignment {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne
    @JoinColumn(name = "entry_id")
    public Entry entry;

    @ManyToOne
    @JoinColumn(name = "dossier_id")
    public Dossier dossier;

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

    /** The entry's or the dossier's id. */
    public UUID judgedId() {
        return entry != null ? entry.id : dossier.id;
    }

    /** The entry's category, or the dossier's list: standings rank within it. */
    public String group() {
        return entry != null ? entry.category : dossier.list;
    }

    /** What staff read in the standings: the piece's title, or the nominee's name. */
    public String title() {
        return entry != null ? entry.title : dossier.nomineeName;
    }

    /** Whether its scores count in the round's standings: complete, and the judge did not recuse. */
    public boolean counts() {
        return !recused && complete();
    }

    /** Every criterion of the round's rubric has a score. */
    public boolean complete() {
        return round.criteria.stream().allMatch(c -> scores.containsKey(c.code));
    }
}
