package org.jewelers.competition.nomination;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The nominee's photo, cleaned as entry images are (metadata removed without recompressing), with a thumbnail. */
@Entity
@Table(name = "nomination_photo")
public class NominationPhoto {

    @Id
    @Column(name = "nomination_id")
    public UUID nominationId;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(nullable = false)
    public int width;

    @Column(nullable = false)
    public int height;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] thumbnail;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
