package org.jewelers.geo;

/** Lengths on the Earth's surface, in the units search radii come in. */
public enum Distance {
    MILES(1609.344),
    KILOMETERS(1000.0);

    /**
     * The radius PostgreSQL's earthdistance module uses by default ({@code earth()}), so that distances computed
     * here and in SQL agree.
     */
    public static final double EARTH_RADIUS_METERS = 6_378_168.0;

    private final double meters;

    Distance(double meters) {
        this.meters = meters;
    }

    public double toMeters(double amount) {
        return amount * meters;
    }

    public double fromMeters(double amount) {
        return amount / meters;
    }

    /** The great-circle distance between two points, in meters (haversine formula). */
    public static double meters(GeoPoint a, GeoPoint b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLng = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
