package org.jewelers.geo;

import java.time.ZoneId;

/** A US ZIP code: its USPS city and state, a representative point, and its time zone. */
public record ZipPlace(String zip, String city, String state, GeoPoint point, ZoneId timeZone) {
}
