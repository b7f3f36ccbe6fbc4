package org.jewelers.competition.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.jewelers.competition.submission.StoredFile;

/** A photo staff took of a piece at intake or while holding it: the piece's condition as the association found it. */
@Entity
@Table(name = "custody_photo")
public class IntakePhoto extends StoredFile {

    @Id
    public UUID id;

    @Column(name = "entry_id", nullable = false)
    public UUID entryId;

    /** The order photos were taken in. */
    @Column(nullable = false)
    public int position;
}
