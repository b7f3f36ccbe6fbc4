package org.jewelers.careers.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A job posting by a member firm; open until it has a close reason. */
@Entity
public class Job {

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String area;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type", nullable = false)
    public EmploymentType employmentType;

    @Column(nullable = false)
    public String description;

    @Column(name = "how_to_apply", nullable = false)
    public String howToApply;

    @Column(nullable = false)
    public String city;

    @Column(nullable = false)
    public String state;

    @Column(nullable = false)
    public String zip;

    @Column(nullable = false)
    public double latitude;

    @Column(nullable = false)
    public double longitude;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "valid_through", nullable = false)
    public LocalDate validThrough;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    public CloseReason closeReason;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public boolean isOpen() {
        return closeReason == null;
    }

    /** Open and not yet past its expiry, even if the sweep has not closed it yet. */
    public boolean isPublicAt(Instant now) {
        return isOpen() && expiresAt.isAfter(now);
    }
}
