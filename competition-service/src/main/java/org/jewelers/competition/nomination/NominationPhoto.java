package org.jewelers.competition.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.jewelers.competition.submission.StoredFile;

/** The nominee's photo, cleaned as entry images are (metadata removed without recompressing), with a thumbnail. */
@Entity
@Table(name = "nomination_photo")
public class NominationPhoto extends StoredFile {

    @Id
    @Column(name = "nomination_id")
    public UUID nominationId;
}
