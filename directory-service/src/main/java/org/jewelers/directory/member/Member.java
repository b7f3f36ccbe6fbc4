package org.jewelers.directory.member;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jewelers.directory.taxonomy.Kind;
import org.jewelers.directory.taxonomy.Service;
import org.jewelers.directory.taxonomy.Standing;

/** A member firm of the association, as the directory keeps it. */
@Entity
public class Member {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String number;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Standing standing;

    @Column(name = "member_since", nullable = false)
    public LocalDate memberSince;

    /** The year the firm last recommitted to the Code of Professional Practices. */
    @Column(name = "code_year")
    public Integer codeYear;

    public String description;
    public String website;
    public String phone;
    public String email;

    @Column(name = "show_website", nullable = false)
    public boolean showWebsite = true;

    @Column(name = "show_phone", nullable = false)
    public boolean showPhone = true;

    @Column(name = "show_email", nullable = false)
    public boolean showEmail = true;

    /** A firm that opted out is kept but never listed publicly. */
    @Column(name = "opted_out", nullable = false)
    public boolean optedOut;

    /** When the firm left the association; it stays on file but is never listed again. */
    @Column(name = "left_at")
    public Instant leftAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "member_id", nullable = false)
    @OrderColumn(name = "position")
    public List<Location> locations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "member_service", joinColumns = @JoinColumn(name = "member_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "service", nullable = false)
    public Set<Service> services = EnumSet.noneOf(Service.class);

    @ElementCollection
    @CollectionTable(name = "member_credential", joinColumns = @JoinColumn(name = "member_id"))
    @OrderColumn(name = "position")
    public List<HeldCredential> credentials = new ArrayList<>();

    /** The aggregate version: optimistic locking here, ordering for the read models fed by member events. */
    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isListed() {
        return standing.isGood() && !optedOut && leftAt == null;
    }
}
