package org.jewelers.competition.entry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.jewelers.competition.submission.StoredFile;

/** An image (or PDF) of an entry: a photo of the piece or a rendering of its design. */
@Entity
@Table(name = "entry_image")
public class EntryImage extends StoredFile {

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id")
    public Entry entry;

    /** The entry's order of its images, as the receipt lists them. */
    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImageKind kind;
}
