package org.jewelers.competition.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One entrant's later deadline for one edition, granted by staff (a lost upload, a shipping delay). */
@Entity
@Table(name = "window_extension")
public class Extension {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public Instant until;

    @Column(name = "granted_by", nullable = false)
    public String grantedBy;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;

    /** An edition and an entrant (token subject). */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "edition_id")
        public UUID editionId;

        @Column(name = "subject")
        public String subject;

        protected Key() {
        }

        public Key(UUID editionId, String subject) {
            this.editionId = editionId;
            this.subject = subject;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.editionId.equals(editionId) && key.subject.equals(subject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(editionId, subject);
        }
    }
}
