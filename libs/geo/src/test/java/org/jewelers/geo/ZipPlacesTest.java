package org.jewelers.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ZipPlacesTest {

    private static final ZipPlaces PLACES = ZipPlaces.load();

    @Test
    void knowsEveryZipOfTheList() {
        assertEquals(41_502, PLACES.size());
    }

    @Test
    void splitStatesGetTheirOwnZonePerZip() {
        ZipPlace pensacola = PLACES.find("32501").orElseThrow();
        assertEquals("Pensacola", pensacola.city());
        assertEquals("FL", pensacola.state());
        assertEquals(ZoneId.of("America/Chicago"), pensacola.timeZone());
        assertEquals(ZoneId.of("America/New_York"), PLACES.find("33101").orElseThrow().timeZone());
    }

    @Test
    void unknownZipIsAbsent() {
        assertTrue(PLACES.find("00000").isEmpty());
    }

    @Test
    void greatCircleDistanceMatchesAKnownOne() {
        GeoPoint newYork = PLACES.find("10001").orElseThrow().point();
        GeoPoint chicago = PLACES.find("60601").orElseThrow().point();
        double miles = Distance.MILES.fromMeters(Distance.meters(newYork, chicago));
        assertEquals(711, miles, 5);
    }
}
