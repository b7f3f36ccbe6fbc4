package org.jewelers.directory.member;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A member firm of the association, as the directory lists it. */
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_location", joinColumns = @JoinColumn(name = "member_id"))
    @OrderColumn(name = "position")
    public List<Location> locations = new ArrayList<>();

    /** The aggregate version: optimistic locking here, ordering for the read models fed by member events. */
    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
