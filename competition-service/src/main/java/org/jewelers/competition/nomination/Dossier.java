package org.jewelers.competition.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jewelers.competition.edition.Edition;

/**
 * One nominee in one edition: every submitted nomination of the same person (the same email) joins it, so that
 * staff weigh the person once. Confirming it as an honoree grants its award.
 */
@Entity
public class Dossier {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "edition_id")
    public Edition edition;

    /** The list of its first nomination. */
    @Column(nullable = false)
    public String list;

    @Column(name = "nominee_email", nullable = false)
    public String nomineeEmail;

    @Column(name = "nominee_name", nullable = false)
    public String nomineeName;

    /** Set once, when staff confirm the nominee as an honoree. */
    @Column(name = "award_id")
    public UUID awardId;

    @Column(name = "honored_at")
    public Instant honoredAt;

    @Column(name = "honored_by")
    public String honoredBy;

    /** The public citation staff write when they confirm the honoree: why this person, in a sentence or two. */
    @Column(length = 1000)
    public String citation;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
