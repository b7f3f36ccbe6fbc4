package org.jewelers.directory.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;

/** One opening interval on one day of the week (ISO: 1 = Monday), in the location's own time zone. */
@Embeddable
public class OpeningHours {

    @Column(nullable = false)
    public short day;

    @Column(nullable = false)
    public LocalTime opens;

    @Column(nullable = false)
    public LocalTime closes;

    protected OpeningHours() {
    }

    public OpeningHours(int day, LocalTime opens, LocalTime closes) {
        this.day = (short) day;
        this.opens = opens;
        this.closes = closes;
    }
}
