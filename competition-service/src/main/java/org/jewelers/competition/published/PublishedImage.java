package org.jewelers.competition.published;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jewelers.competition.entry.Entry;

/** An entry image staff chose to show with the published results; shown only when {@link Publication} allows. */
@Entity
@Table(name = "published_image")
public class PublishedImage {

    @Id
    @Column(name = "image_id")
    public UUID imageId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id")
    public Entry entry;

    @Column(name = "chosen_by", nullable = false)
    public String chosenBy;

    @Column(name = "chosen_at", nullable = false)
    public Instant chosenAt;
}
