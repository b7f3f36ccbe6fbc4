package org.jewelers.geo;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every US ZIP code the association's searches know, loaded once from the bundled list (see its README). */
public final class ZipPlaces {

    private static final String RESOURCE = "/org/jewelers/geo/us-zip-places.csv";

    private final Map<String, ZipPlace> byZip;

    private ZipPlaces(Map<String, ZipPlace> byZip) {
        this.byZip = byZip;
    }

    public static ZipPlaces load() {
        Map<String, ZipPlace> places = new HashMap<>(64_000);
        Map<String, ZoneId> zones = new HashMap<>();
        try (InputStream in = ZipPlaces.class.getResourceAsStream(RESOURCE);
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                ZipPlace place = new ZipPlace(row.get("zip"), row.get("city"), row.get("state"),
                        new GeoPoint(Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude"))),
                        zones.computeIfAbsent(row.get("time_zone"), ZoneId::of));
                places.put(place.zip(), place);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
        return new ZipPlaces(Map.copyOf(places));
    }

    public Optional<ZipPlace> find(String zip) {
        return Optional.ofNullable(byZip.get(zip));
    }

    /** Every ZIP code of a state, in ZIP order. */
    public List<ZipPlace> inState(String state) {
        return byZip.values().stream().filter(p -> p.state().equals(state))
                .sorted(Comparator.comparing(ZipPlace::zip)).toList();
    }

    public int size() {
        return byZip.size();
    }
}
