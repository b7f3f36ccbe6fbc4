package org.jewelers.benchmarks.directory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.jewelers.geo.Distance;
import org.jewelers.geo.GeoPoint;
import org.jewelers.geo.ZipPlace;
import org.jewelers.geo.ZipPlaces;

/**
 * The benchmark's membership: {@value #MEMBERS} firms with {@value #LOCATIONS} locations spread over the real ZIP
 * codes of libs/geo, with varied services, credentials, standing, hours, honors and open positions. The same seed
 * gives the same directory, ids included, on every run.
 *
 * @param services    the service taxonomy as the database stores it (Java names), read from the running service
 * @param credentials likewise the credentials
 */
record GeneratedDirectory(List<Firm> firms, List<String> services, List<String> credentials) {

    static final int MEMBERS = 100_000;
    static final int LOCATIONS = 150_000;
    static final long SEED = 20261126L;

    private static final String[] SURNAMES = {
        "Abernathy", "Alvarez", "Ashford", "Baptiste", "Barlow", "Beaumont", "Bellamy", "Birch", "Blackwood", "Bradford",
        "Calloway", "Castellano", "Chandler", "Chen", "Crawford", "Dalton", "Delacroix", "Donovan", "Dubois", "Eastwood",
        "Ellington", "Esposito", "Fairbanks", "Fitzgerald", "Fontaine", "Galloway", "Garrison", "Goldberg", "Grayson",
        "Hadley", "Hartwell", "Hawthorne", "Holloway", "Ingram", "Jansen", "Kaplan", "Kensington", "Kowalski", "Langley",
        "Lindqvist", "Lockhart", "Marchetti", "Mendoza", "Montague", "Nakamura", "Novak", "Oakley", "Okafor", "Pemberton",
        "Petrov", "Prescott", "Quintero", "Radcliffe", "Ramirez", "Rosenthal", "Sandoval", "Sinclair", "Sterling",
        "Thornton", "Tran", "Underwood", "Valentine", "Vasquez", "Wakefield", "Weinberg", "Whitfield", "Winslow",
        "Yamamoto", "Zeller", "Zimmerman"};
    private static final String[] GEMS = {
        "Diamond", "Emerald", "Sapphire", "Ruby", "Pearl", "Opal", "Garnet", "Topaz", "Amethyst", "Jade", "Onyx",
        "Golden", "Silver", "Platinum", "Crown", "Heirloom", "Solitaire", "Facet", "Brilliant", "Carat"};
    private static final String[] PLACES = {
        "Main Street", "Village", "Harbor", "Valley", "Park Avenue", "Riverside", "Lakeside", "Summit", "Old Town",
        "Union Square", "Market", "Bridge", "Hillcrest", "Meadow", "Bayview"};
    private static final String[] TRADES = {
        "Jewelers", "Fine Jewelry", "Diamonds", "Goldsmiths", "Jewelry Co.", "Gems", "Bench Works", "Watch & Jewel",
        "Custom Jewelry", "Gallery"};
    private static final String[] STREETS = {"Main St", "Oak Ave", "Elm St", "Maple Dr", "Market St", "Broadway",
        "Park Ave", "Church St", "High St", "Washington Blvd", "Lincoln Way", "2nd St", "Center St", "Mill Rd"};
    private static final String[] KINDS = {"RETAILER", "RETAILER", "RETAILER", "RETAILER", "RETAILER", "RETAILER",
        "SUPPLIER", "MANUFACTURER", "MANUFACTURER", "SERVICE_PROVIDER"};
    private static final String[] HONOR_PROGRAMS = {"case-awards", "20-under-40"};

    /** A member firm as the service stores it: one row of {@code member} and its child rows. */
    record Firm(UUID id, String number, String name, String kind, String standing, LocalDate memberSince,
                Integer codeYear, String description, String website, String phone, String email, boolean showWebsite,
                boolean showPhone, boolean showEmail, boolean optedOut, boolean left, List<Place> locations,
                List<String> services, List<Held> credentials, List<Honor> honors, List<Job> jobs) {

        /** What the service's search lists: good standing, not opted out, not left. */
        boolean isListed() {
            return (standing.equals("ACTIVE") || standing.equals("GRACE")) && !optedOut && !left;
        }
    }

    record Place(UUID id, String address, ZipPlace zip, GeoPoint point, String phone, List<Hours> hours) {
    }

    record Hours(int day, LocalTime opens, LocalTime closes) {
    }

    record Held(String holder, String credential, LocalDate expiresOn) {
    }

    record Honor(UUID awardId, String program, int year, String category, String title) {
    }

    record Job(UUID jobId, String title, boolean open) {
    }

    static GeneratedDirectory generate(ZipPlaces zips, List<String> services, List<String> credentials) {
        List<ZipPlace> allZips = everyZip(zips);
        Random random = new Random(SEED);
        // Exactly LOCATIONS locations: every firm has one, and LOCATIONS - MEMBERS firms chosen at random have more.
        int[] locationCounts = new int[MEMBERS];
        Arrays.fill(locationCounts, 1);
        int extras = LOCATIONS - MEMBERS;
        while (extras > 0) {
            int firm = random.nextInt(MEMBERS);
            if (locationCounts[firm] < 6) {
                locationCounts[firm]++;
                extras--;
            }
        }
        List<Firm> firms = new ArrayList<>(MEMBERS);
        for (int i = 0; i < MEMBERS; i++) {
            firms.add(firm(i, locationCounts[i], random, allZips, services, credentials));
        }
        return new GeneratedDirectory(List.copyOf(firms), services, credentials);
    }

    /** Members listed by the service's rules with a location within the radius of the point that offer the service. */
    long countAround(GeoPoint point, double radiusMeters, String service) {
        return firms.stream().filter(Firm::isListed).filter(f -> f.services().contains(service))
                .filter(f -> f.locations().stream().anyMatch(l -> Distance.meters(point, l.point()) <= radiusMeters))
                .count();
    }

    private static Firm firm(int index, int locationCount, Random random, List<ZipPlace> zips, List<String> allServices,
                             List<String> allCredentials) {
        UUID id = uuid("member", index);
        String name = name(random);
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        double standingDraw = random.nextDouble();
        String standing = standingDraw < 0.85 ? "ACTIVE" : standingDraw < 0.92 ? "GRACE" : standingDraw < 0.97 ? "LAPSED" : "SUSPENDED";
        ZipPlace home = zips.get(random.nextInt(zips.size()));
        List<Place> places = new ArrayList<>(locationCount);
        for (int position = 0; position < locationCount; position++) {
            // A chain's branches stay mostly in the home firm's region; some are anywhere in the country.
            ZipPlace zip = position == 0 ? home
                    : random.nextDouble() < 0.2 ? zips.get(random.nextInt(zips.size())) : nearby(home, zips, random);
            places.add(place(index, position, zip, random));
        }
        List<String> services = new ArrayList<>();
        for (String service : allServices) {
            if (random.nextDouble() < 0.35) {
                services.add(service);
            }
        }
        List<Held> held = new ArrayList<>();
        int credentialCount = random.nextInt(4);
        for (int c = 0; c < credentialCount; c++) {
            LocalDate expires = random.nextInt(3) == 0 ? null : LocalDate.of(2024, 1, 1).plusDays(random.nextInt(6 * 365));
            held.add(new Held(SURNAMES[random.nextInt(SURNAMES.length)] + " staff " + (c + 1),
                    allCredentials.get(random.nextInt(allCredentials.size())), expires));
        }
        List<Honor> honors = new ArrayList<>();
        if (random.nextDouble() < 0.01) {
            String program = HONOR_PROGRAMS[random.nextInt(HONOR_PROGRAMS.length)];
            int year = 2015 + random.nextInt(11);
            honors.add(new Honor(uuid("award", index), program, year, program.equals("case-awards") ? "Bridal" : null,
                    program.equals("case-awards") ? "CASE Award " + year : "20 Under 40, " + year));
        }
        List<Job> jobs = new ArrayList<>();
        if (random.nextDouble() < 0.03) {
            jobs.add(new Job(uuid("job", index), "Bench jeweler", random.nextDouble() < 0.8));
        }
        return new Firm(id, String.format("BM-%06d", index), name, KINDS[random.nextInt(KINDS.length)], standing,
                LocalDate.of(1950, 1, 1).plusDays(random.nextInt(75 * 365)),
                random.nextInt(4) == 0 ? null : 2018 + random.nextInt(9),
                random.nextInt(3) == 0 ? null : name + " serves " + home.city() + " and the region since its founding.",
                "https://" + slug + ".example", phone(random), "info@" + slug + ".example",
                random.nextDouble() < 0.95, random.nextDouble() < 0.9, random.nextDouble() < 0.8,
                random.nextDouble() < 0.02, random.nextDouble() < 0.01, places, services, held, honors, jobs);
    }

    private static String name(Random random) {
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String trade = TRADES[random.nextInt(TRADES.length)];
        return switch (random.nextInt(5)) {
            case 0 -> surname + " " + trade;
            case 1 -> surname + " & " + SURNAMES[random.nextInt(SURNAMES.length)] + " " + trade;
            case 2 -> GEMS[random.nextInt(GEMS.length)] + " " + PLACES[random.nextInt(PLACES.length)] + " " + trade;
            case 3 -> surname + " " + GEMS[random.nextInt(GEMS.length)] + " " + trade;
            default -> PLACES[random.nextInt(PLACES.length)] + " " + GEMS[random.nextInt(GEMS.length)] + " " + trade;
        };
    }

    private static Place place(int firm, int position, ZipPlace zip, Random random) {
        // Around the ZIP's point by up to about a mile, so that locations of one ZIP do not share one point.
        double lat = Math.max(-90, Math.min(90, zip.point().latitude() + (random.nextDouble() - 0.5) * 0.03));
        double lng = Math.max(-180, Math.min(180, zip.point().longitude() + (random.nextDouble() - 0.5) * 0.03));
        List<Hours> hours = new ArrayList<>();
        int lastDay = random.nextInt(4) == 0 ? 7 : 6;
        LocalTime opens = LocalTime.of(9 + random.nextInt(2), random.nextBoolean() ? 0 : 30);
        LocalTime closes = LocalTime.of(17 + random.nextInt(3), 0);
        for (int day = 1; day <= lastDay; day++) {
            hours.add(day == 7 ? new Hours(day, LocalTime.of(12, 0), LocalTime.of(17, 0)) : new Hours(day, opens, closes));
        }
        return new Place(uuid("location-" + firm, position), (1 + random.nextInt(9_999)) + " "
                + STREETS[random.nextInt(STREETS.length)], zip, new GeoPoint(lat, lng),
                random.nextBoolean() ? phone(random) : null, hours);
    }

    private static ZipPlace nearby(ZipPlace home, List<ZipPlace> zips, Random random) {
        // ZIP codes are roughly geographic: the ones a few hundred codes away are mostly in the same region.
        int at = Collections.binarySearch(zips, home, Comparator.comparing(ZipPlace::zip));
        int offset = random.nextInt(401) - 200;
        return zips.get(Math.max(0, Math.min(zips.size() - 1, at + offset)));
    }

    private static String phone(Random random) {
        return String.format("+1 %03d %03d %04d", 200 + random.nextInt(800), 200 + random.nextInt(800), random.nextInt(10_000));
    }

    private static UUID uuid(String kind, int index) {
        return UUID.nameUUIDFromBytes((kind + "-" + index).getBytes(StandardCharsets.UTF_8));
    }

    /** Every ZIP code libs/geo knows, in ZIP order (the only order that stays the same from run to run). */
    private static List<ZipPlace> everyZip(ZipPlaces zips) {
        List<ZipPlace> all = new ArrayList<>(zips.size());
        for (int code = 0; code < 100_000; code++) {
            zips.find(String.format("%05d", code)).ifPresent(all::add);
        }
        if (all.size() != zips.size()) {
            throw new IllegalStateException("libs/geo holds ZIP codes that are not five digits");
        }
        return all;
    }
}
