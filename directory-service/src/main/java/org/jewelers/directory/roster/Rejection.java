package org.jewelers.directory.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A row of a roster that was not applied, and why. */
@Entity
@Table(name = "roster_import_rejection")
public class Rejection {

    @Id
    public UUID id;

    @Column(name = "import_id", nullable = false)
    public UUID importId;

    @Column(nullable = false)
    public int line;

    @Column(name = "member_number")
    public String memberNumber;

    @Column(nullable = false)
    public String reason;

    protected Rejection() {
    }

    Rejection(UUID importId, int line, String memberNumber, String reason) {
        this.id = UUID.randomUUID();
        this.importId = importId;
        this.line = line;
        this.memberNumber = memberNumber;
        this.reason = reason;
    }
}
