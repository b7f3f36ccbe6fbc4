package org.jewelers.directory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jewelers.geo.GeoPoint;
import org.junit.jupiter.api.Test;

/**
 * Radius search returns exactly the listed firms that a plain great-circle computation over every location in
 * the database finds, for random centres and radii, with firms placed 1 m inside and 1 m outside each circle.
 */
@QuarkusTest
class RadiusSearchPropertyTest {

    /** The sphere PostgreSQL's earthdistance uses ({@code earth()}); fixed here, not taken from the code under test. */
    private static final double EARTH_RADIUS_METERS = 6_378_168.0;
    private static final int CENTRES = 8;

    @Inject
    EntityManager entities;

    @Test
    void radiusSearchMatchesAGreatCircleComputation() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<GeoPoint> centres = new ArrayList<>();
        List<Double> radii = new ArrayList<>();
        for (int c = 0; c < CENTRES; c++) {
            GeoPoint centre = new GeoPoint(37 + random.nextDouble() * 4, -119 + random.nextDouble() * 5);
            double radius = 2_000 + random.nextDouble() * 80_000;
            centres.add(centre);
            radii.add(radius);
            for (int k = 0; k < 3; k++) {
                double bearing = random.nextDouble() * 2 * Math.PI;
                place("Inside " + c + "-" + k, destination(centre, bearing, radius - 1));
                place("Outside " + c + "-" + k, destination(centre, bearing, radius + 1));
            }
        }
        for (int c = 0; c < CENTRES; c++) {
            GeoPoint centre = centres.get(c);
            double radius = radii.get(c);
            assertEquals(expected(centre, radius), found(centre, radius),
                    "seed " + seed + ", centre " + centre + ", radius " + radius + " m");
        }
    }

    private static void place(String name, GeoPoint point) {
        Firms.named(name + " " + UUID.randomUUID().toString().substring(0, 6))
                .atPoint("Testville", "NV", "89001", point.latitude(), point.longitude())
                .create();
    }

    private Set<String> found(GeoPoint centre, double radiusMeters) {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            List<String> items = given().queryParam("lat", centre.latitude()).queryParam("lng", centre.longitude())
                    .queryParam("radius", radiusMeters / 1000).queryParam("unit", "km")
                    .queryParam("size", 100).queryParam("page", page)
                    .get("/api/v1/members").then().statusCode(200).extract().path("items.member.id");
            ids.addAll(items);
            if (items.size() < 100) {
                return ids;
            }
        }
    }

    private Set<String> expected(GeoPoint centre, double radiusMeters) {
        @SuppressWarnings("unchecked")
        List<Object[]> locations = entities.createNativeQuery("""
                select m.id, l.latitude, l.longitude from member m join location l on l.member_id = m.id
                where m.standing in ('ACTIVE', 'GRACE') and not m.opted_out""").getResultList();
        Set<String> ids = new HashSet<>();
        for (Object[] location : locations) {
            GeoPoint point = new GeoPoint((Double) location[1], (Double) location[2]);
            if (greatCircle(centre, point) <= radiusMeters) {
                ids.add(location[0].toString());
            }
        }
        return ids;
    }

    private static double greatCircle(GeoPoint a, GeoPoint b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double h = Math.pow(Math.sin((lat2 - lat1) / 2), 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(Math.toRadians(b.longitude() - a.longitude()) / 2), 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.sqrt(h));
    }

    /** The point at a distance and bearing from a start, on the same sphere. */
    private static GeoPoint destination(GeoPoint start, double bearing, double meters) {
        double angular = meters / EARTH_RADIUS_METERS;
        double lat1 = Math.toRadians(start.latitude());
        double lng1 = Math.toRadians(start.longitude());
        double lat2 = Math.asin(Math.sin(lat1) * Math.cos(angular) + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing));
        double lng2 = lng1 + Math.atan2(Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1),
                Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2));
        return new GeoPoint(Math.toDegrees(lat2), Math.toDegrees(lng2));
    }
}
