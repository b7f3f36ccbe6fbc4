package org.jewelers.competition.entry;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An image (or PDF) of an entry, stored in the database with the entry so that both are written in one
 * transaction: an acknowledged upload survives a crash, and no file outlives its entry.
 */
@Entity
@Table(name = "entry_image")
public class EntryImage {

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

    /** As recognised from the file's bytes. */
    @Column(name = "media_type", nullable = false)
    public String mediaType;

    /** Null for a PDF. */
    public Integer width;

    public Integer height;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    /** Of {@link #content}, in lowercase hex. */
    @Column(nullable = false)
    public String sha256;

    /** The file as stored, without identifying metadata; loaded only when asked for. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    /** A JPEG of at most 320 pixels a side; loaded only when asked for. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] thumbnail;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
