package org.jewelers.directory.roster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jewelers.directory.taxonomy.Service;
import org.jewelers.geo.ZipPlace;
import org.jewelers.geo.ZipPlaces;

/** Writes rosters in the shape an association management system exports: rows by hand, or a whole membership. */
final class RosterCsv {

    static final List<String> COLUMNS = List.of("member_number", "name", "kind", "standing", "member_since",
            "website", "phone", "email", "services", "location_address", "location_city", "location_state",
            "location_zip", "location_phone", "latitude", "longitude", "time_zone");

    private static final String[] KINDS = {"retailer", "retailer", "retailer", "supplier", "manufacturer", "service-provider"};
    private static final String[] STANDINGS = {"active", "active", "active", "active", "grace", "lapsed", "suspended"};
    private static final String[] STREETS = {"Main Street", "Oak Avenue", "Market Street", "Elm Street", "Broadway"};

    private final List<List<String>> rows = new ArrayList<>();

    /** A number prefix of its own for each test, so that tests sharing the database never meet. */
    static String prefix() {
        return "R" + UUID.randomUUID().toString().substring(0, 5).toUpperCase(Locale.ROOT);
    }

    /**
     * Adds a row of a valid retailer in Springfield, IL; {@code changes} are column and value pairs that replace
     * the defaults.
     */
    RosterCsv row(String number, String... changes) {
        Map<String, String> row = new HashMap<>();
        row.put("member_number", number);
        row.put("name", "Firm " + number);
        row.put("kind", "retailer");
        row.put("standing", "active");
        row.put("member_since", "2005-03-01");
        row.put("website", "https://" + number.toLowerCase(Locale.ROOT) + ".example");
        row.put("phone", "+1 217 555 0100");
        row.put("email", "info@" + number.toLowerCase(Locale.ROOT) + ".example");
        row.put("services", "appraisal;repair");
        row.put("location_address", "1 Main Street");
        row.put("location_city", "Springfield");
        row.put("location_state", "IL");
        row.put("location_zip", "62701");
        for (int i = 0; i < changes.length; i += 2) {
            if (!COLUMNS.contains(changes[i])) {
                throw new IllegalArgumentException("no column " + changes[i]);
            }
            row.put(changes[i], changes[i + 1]);
        }
        rows.add(COLUMNS.stream().map(column -> row.getOrDefault(column, "")).toList());
        return this;
    }

    int size() {
        return rows.size();
    }

    String text() {
        return text(COLUMNS);
    }

    /** The file with only the given columns, for a header that lacks some. */
    String text(List<String> columns) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(columns);
        rows.forEach(row -> lines.add(columns.stream().map(c -> row.get(COLUMNS.indexOf(c))).toList()));
        try {
            return new CsvMapper().writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A membership at real ZIP codes, one row per location: the first fourteenth of the members have three locations,
     * the next two sevenths two, the rest one; 7,000 members make 10,000 rows.
     */
    static RosterCsv membership(String prefix, int members, ZipPlaces zips, Random random) {
        List<ZipPlace> places = IntStream.range(0, 100_000).mapToObj(zip -> zips.find("%05d".formatted(zip)))
                .flatMap(java.util.Optional::stream).toList();
        Service[] services = Service.values();
        RosterCsv csv = new RosterCsv();
        for (int m = 0; m < members; m++) {
            String number = "%s-%05d".formatted(prefix, m);
            int locations = m < members / 14 ? 3 : m < members * 5 / 14 ? 2 : 1;
            String offered = random.ints(1 + random.nextInt(5), 0, services.length).distinct()
                    .mapToObj(i -> services[i].code()).collect(Collectors.joining(";"));
            String since = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(23_000)).toString();
            String kind = KINDS[random.nextInt(KINDS.length)];
            String standing = STANDINGS[random.nextInt(STANDINGS.length)];
            for (int l = 0; l < locations; l++) {
                ZipPlace place = places.get(random.nextInt(places.size()));
                csv.row(number, "name", "Jewelers No. " + m, "kind", kind, "standing", standing,
                        "member_since", since, "services", offered,
                        "location_address", (10 + random.nextInt(9_000)) + " " + STREETS[l],
                        "location_city", place.city(), "location_state", place.state(), "location_zip", place.zip(),
                        "location_phone", "+1 555 %03d %04d".formatted(l, m));
            }
        }
        return csv;
    }
}
