package org.jewelers.directory.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One row of a dated exception to a location's weekly hours: an interval of that day, or, without times, the day
 * closed. A day with rows here keeps none of its weekday's hours.
 */
@Embeddable
public class DatedHours {

    @Column(nullable = false)
    public LocalDate day;

    @Column(length = 100)
    public String label;

    public LocalTime opens;

    public LocalTime closes;

    protected DatedHours() {
    }

    public DatedHours(LocalDate day, String label, LocalTime opens, LocalTime closes) {
        this.day = day;
        this.label = label;
        this.opens = opens;
        this.closes = closes;
    }

    @Override
    public String toString() {
        return day + (label == null ? "" : " " + label) + (opens == null ? " closed" : " " + opens + "-" + closes);
    }
}
