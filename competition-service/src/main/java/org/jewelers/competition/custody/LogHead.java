package org.jewelers.competition.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The last row of an edition's custody log, as the application wrote it: what the log's end must still read. */
@Entity
@Table(name = "custody_log_head")
public class LogHead {

    @Id
    @Column(name = "edition_id")
    public UUID editionId;

    @Column(nullable = false)
    public long sequence;

    @Column(nullable = false)
    public String hmac;
}
