package org.jewelers.directory.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One uploaded roster and how far its import has come; the file itself is kept beside it. */
@Entity
@Table(name = "roster_import")
public class RosterImport {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportStatus status;

    /** The staff user who uploaded the file; the member history names them as the author of its changes. */
    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "rows_read", nullable = false)
    public int rowsRead;

    @Column(name = "members_in_file", nullable = false)
    public int membersInFile;

    @Column(nullable = false)
    public int created;

    @Column(nullable = false)
    public int updated;

    @Column(nullable = false)
    public int unchanged;

    @Column(nullable = false)
    public int rejected;

    public String failure;
}
