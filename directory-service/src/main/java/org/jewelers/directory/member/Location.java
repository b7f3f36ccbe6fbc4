package org.jewelers.directory.member;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A place where a member firm can be visited, with its point and its own time zone for opening hours. */
@Entity
public class Location {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String address;

    @Column(nullable = false)
    public String city;

    @Column(nullable = false, length = 2)
    public String state;

    @Column(nullable = false, length = 5)
    public String zip;

    public String phone;

    @Column(nullable = false)
    public double latitude;

    @Column(nullable = false)
    public double longitude;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @ElementCollection
    @CollectionTable(name = "location_hours", joinColumns = @JoinColumn(name = "location_id"))
    @OrderColumn(name = "position")
    public List<OpeningHours> hours = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "location_exception", joinColumns = @JoinColumn(name = "location_id"))
    @OrderColumn(name = "position")
    public List<DatedHours> exceptions = new ArrayList<>();
}
