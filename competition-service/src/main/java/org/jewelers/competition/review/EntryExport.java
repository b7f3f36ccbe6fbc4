package org.jewelers.competition.review;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.entry.Entry;
import org.jewelers.memberfirms.MemberFirm;
import org.jewelers.memberfirms.MemberFirms;

/**
 * An edition's entries as CSV for staff's spreadsheets. Every cell that a spreadsheet would read as a formula is
 * escaped, since titles and descriptions are written by entrants.
 */
@ApplicationScoped
class EntryExport {

    static final List<String> COLUMNS = List.of("entryId", "status", "category", "title", "description",
            "materialsAndTechniques", "retailValueCents", "currency", "memberId", "memberNumber", "memberName",
            "entrant", "entrantName", "entrantEmail", "submittedAt", "flagged", "flagReason", "screeningReason", "receiptSha256");

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CsvSchema.builder().addColumns(COLUMNS, CsvSchema.ColumnType.STRING)
            .setUseHeader(true).build();

    private final MemberFirms firms;

    EntryExport(MemberFirms firms) {
        this.firms = firms;
    }

    String csv(List<Entry> entries) {
        Map<UUID, Optional<MemberFirm>> known = new HashMap<>();
        StringWriter out = new StringWriter();
        try (SequenceWriter rows = CSV.writer(SCHEMA).writeValues(out)) {
            for (Entry entry : entries) {
                Optional<MemberFirm> firm = entry.memberId == null ? Optional.empty()
                        : known.computeIfAbsent(entry.memberId, firms::find);
                List<String> row = new ArrayList<>();
                row.add(entry.id.toString());
                row.add(entry.status.code());
                row.add(entry.category);
                row.add(entry.title);
                row.add(entry.description);
                row.add(entry.materialsAndTechniques);
                row.add(entry.retailValueCents == null ? null : entry.retailValueCents.toString());
                row.add("USD");
                row.add(entry.memberId == null ? null : entry.memberId.toString());
                row.add(firm.map(MemberFirm::number).orElse(null));
                row.add(firm.map(MemberFirm::name).orElse(null));
                row.add(entry.ownerSubject);
                row.add(entry.ownerName);
                row.add(entry.ownerEmail);
                row.add(entry.submittedAt == null ? null : entry.submittedAt.toString());
                row.add(Boolean.toString(entry.flagged));
                row.add(entry.flagReason);
                row.add(entry.screeningReason);
                row.add(entry.receiptSha256);
                rows.write(row.stream().map(EntryExport::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * OWASP's defence against CSV formula injection: a cell beginning with =, +, -, @ (or a tab or carriage
     * return, which some spreadsheets skip before reading a formula) gets a leading apostrophe, so it is read as
     * text.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
