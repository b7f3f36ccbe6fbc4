package org.jewelers.devstack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jewelers.geo.ZipPlace;
import org.jewelers.geo.ZipPlaces;

/**
 * Demo member firms for the directory: always the same ones (a fixed seed), spread over 40 states, each location
 * at a real city, state and ZIP from the bundled ZIP list. Names, streets and contacts are made up; some firms
 * have several locations, some hide contact fields, and some are lapsed or suspended (so they are not listed).
 */
final class DemoFirms {

    static final int COUNT = 340;

    private static final List<String> STATES = List.of("AL", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "ID",
            "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
            "NM", "NY", "NC", "OH", "OK", "OR", "PA", "SC", "TN", "TX", "UT", "WA");
    private static final List<String> FIRST = List.of("Heritage", "Silver Oak", "Golden Hour", "Bluestone", "Meridian",
            "Harbor", "Crescent", "Willow", "Summit", "Juniper", "Lighthouse", "Northstar", "Copperleaf", "Briar Rose",
            "Old Mill", "Canyon", "Prairie", "Magnolia", "Ironwood", "Lakeside", "Riverbend", "Maple Street",
            "Sterling", "Kingsley", "Ashford", "Bellamy", "Carrow", "Dalton", "Ellery", "Fairbanks");
    private static final List<String> LAST = List.of("Jewelers", "Fine Jewelry", "Diamond Company", "Goldsmiths",
            "Gem Gallery", "Jewelry Studio", "& Sons Jewelers", "Diamonds & Design", "Jewelry Co.", "Bench Works");
    private static final List<String> STREETS = List.of("Main Street", "Market Street", "Oak Avenue", "Center Street",
            "Broadway", "Elm Street", "Washington Avenue", "Park Avenue", "Church Street", "Mill Road");
    private static final List<String> HOLDERS = List.of("Maria Alvarez", "James Chen", "Priya Patel", "Samuel Brooks",
            "Hannah Olsen", "David Kim", "Grace Okafor", "Luca Romano", "Emily Walsh", "Noah Bennett");

    private DemoFirms() {
    }

    /** The firms as the directory's NewMember bodies; service and credential codes come from its taxonomy. */
    static List<Map<String, Object>> all(ZipPlaces zips, List<String> services, List<String> credentials) {
        Random random = new Random(2026);
        List<Map<String, Object>> firms = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            String state = STATES.get(i % STATES.size());
            List<ZipPlace> places = zips.inState(state);
            String name = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
            String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + "-" + i;
            Map<String, Object> firm = new LinkedHashMap<>();
            firm.put("number", String.format("JA-%06d", 200_000 + i));
            firm.put("name", name);
            firm.put("kind", kind(random));
            firm.put("standing", standing(random));
            firm.put("memberSince", LocalDate.of(1960 + random.nextInt(65), 1 + random.nextInt(12), 1).toString());
            firm.put("codeYear", 2023 + random.nextInt(4));
            firm.put("description", name + " has served its community with fine jewelry, repairs and honest advice.");
            firm.put("website", "https://" + slug + ".example");
            firm.put("phone", "+1 555 01" + String.format("%02d", random.nextInt(100)) + " " + (1000 + i));
            firm.put("email", "hello@" + slug + ".example");
            firm.put("visibility", Map.of("phone", random.nextInt(10) != 0, "email", random.nextInt(7) != 0));
            firm.put("services", pick(services, 2 + random.nextInt(5), random));
            firm.put("credentials", credentials(credentials, random));
            List<Map<String, Object>> locations = new ArrayList<>();
            int count = random.nextInt(100) < 12 ? 2 + random.nextInt(2) : 1;
            for (int l = 0; l < count; l++) {
                ZipPlace place = places.get(random.nextInt(places.size()));
                locations.add(Map.of(
                        "address", (10 + random.nextInt(990)) + " " + STREETS.get(random.nextInt(STREETS.size())),
                        "city", place.city(), "state", place.state(), "zip", place.zip(),
                        "hours", hours(random)));
            }
            firm.put("locations", locations);
            firms.add(firm);
        }
        return firms;
    }

    private static String kind(Random random) {
        int roll = random.nextInt(100);
        return roll < 70 ? "retailer" : roll < 82 ? "supplier" : roll < 92 ? "manufacturer" : "service-provider";
    }

    private static String standing(Random random) {
        int roll = random.nextInt(100);
        return roll < 88 ? "active" : roll < 93 ? "grace" : roll < 97 ? "lapsed" : "suspended";
    }

    private static List<String> pick(List<String> from, int count, Random random) {
        List<String> left = new ArrayList<>(from);
        List<String> picked = new ArrayList<>();
        while (picked.size() < count && !left.isEmpty()) {
            picked.add(left.remove(random.nextInt(left.size())));
        }
        return picked;
    }

    private static List<Map<String, Object>> credentials(List<String> codes, Random random) {
        List<Map<String, Object>> held = new ArrayList<>();
        int count = random.nextInt(100) < 40 ? 1 + random.nextInt(2) : 0;
        for (int c = 0; c < count; c++) {
            Map<String, Object> credential = new LinkedHashMap<>();
            credential.put("credential", codes.get(random.nextInt(codes.size())));
            credential.put("holder", HOLDERS.get(random.nextInt(HOLDERS.size())));
            credential.put("expiresOn", LocalDate.of(2025 + random.nextInt(5), 12, 31).toString());
            held.add(credential);
        }
        return held;
    }

    /** Typical shop hours: weekdays 10 to 6 (some closed on Monday), Saturday 10 to 5, a few open Sunday. */
    private static List<Map<String, Object>> hours(Random random) {
        List<Map<String, Object>> hours = new ArrayList<>();
        boolean closedMonday = random.nextInt(4) == 0;
        for (int day = 1; day <= 5; day++) {
            if (day != 1 || !closedMonday) {
                hours.add(Map.of("day", day, "opens", "10:00", "closes", "18:00"));
            }
        }
        hours.add(Map.of("day", 6, "opens", "10:00", "closes", "17:00"));
        if (random.nextInt(5) == 0) {
            hours.add(Map.of("day", 7, "opens", "12:00", "closes", "16:00"));
        }
        return hours;
    }
}
