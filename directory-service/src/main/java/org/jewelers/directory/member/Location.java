package org.jewelers.directory.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a member firm can be visited. */
@Embeddable
public class Location {

    @Column(nullable = false)
    public String address;

    @Column(nullable = false)
    public String city;

    @Column(nullable = false, length = 2)
    public String state;

    @Column(nullable = false, length = 5)
    public String zip;

    protected Location() {
    }

    public Location(String address, String city, String state, String zip) {
        this.address = address;
        this.city = city;
        this.state = state;
        this.zip = zip;
    }
}
