package org.jewelers.competition.submission;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.jewelers.competition.image.EntryFile;

/**
 * A file stored with its submission (an entry's image, a nominee's photo), in the database so that both are written
 * in one transaction: an acknowledged upload survives a crash, and no file outlives its submission.
 */
@MappedSuperclass
public abstract class StoredFile {

    /** As recognised from the file's bytes. */
    @Column(name = "media_type", nullable = false)
    public String mediaType;

    /** In pixels; null for a PDF. */
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

    /** Keeps this cleaned file, replacing what was stored before. */
    public void store(EntryFile file, Instant at) {
        mediaType = file.format().mediaType();
        width = file.width();
        height = file.height();
        sizeBytes = file.content().length;
        sha256 = file.sha256();
        content = file.content();
        thumbnail = file.thumbnail();
        createdAt = at;
    }
}
