package org.jewelers.competition.judging;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A judge on an edition's roster: whom rounds may assign, and whom the system writes to. The member firm the judge
 * works at, if any, is a tie like a declared one: its entries and nominees never reach the judge.
 */
@Entity
@Table(name = "judge")
public class Judge {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** An edition and a judge's token subject. */
    @Embeddable
    public record Key(@Column(name = "edition_id") UUID editionId, @Column(name = "judge_subject") String judge)
            implements Serializable {
    }
}
