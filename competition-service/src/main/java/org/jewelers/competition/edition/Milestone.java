package org.jewelers.competition.edition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A date entrants plan around: judging, finalists announced, winners announced. */
@Embeddable
public class Milestone {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public Instant at;

    protected Milestone() {
    }

    public Milestone(String name, Instant at) {
        this.name = name;
        this.at = at;
    }
}
