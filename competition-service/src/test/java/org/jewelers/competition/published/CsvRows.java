package org.jewelers.competition.published;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Reads an export back as a spreadsheet would: one map per row, by the header's names. */
final class CsvRows {

    private CsvRows() {
    }

    static List<Map<String, String>> of(String csv) {
        try (MappingIterator<Map<String, String>> read = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return read.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
