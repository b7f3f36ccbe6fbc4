package org.jewelers.competition.judging;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A judge's declared tie to a member firm: the firm's entries are never assigned or shown to the judge. */
@Entity
@Table(name = "judge_conflict")
public class Conflict {

    @EmbeddedId
    public Key key;

    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;

    /** A judge and a firm. */
    @Embeddable
    public record Key(@Column(name = "judge_subject") String judge, @Column(name = "member_id") UUID memberId)
            implements Serializable {
    }
}
