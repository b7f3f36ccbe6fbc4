package org.jewelers.competition.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.entry.Entry;
import org.jewelers.competition.submission.CsvSheet;
import org.jewelers.memberfirms.MemberFirm;
import org.jewelers.memberfirms.MemberFirms;

/** An edition's entries as CSV for staff's spreadsheets, formula-safe as every export ({@link CsvSheet}). */
@ApplicationScoped
class EntryExport {

    static final List<String> COLUMNS = List.of("entryId", "status", "category", "title", "description",
            "materialsAndTechniques", "retailValueCents", "currency", "memberId", "memberNumber", "memberName",
            "entrant", "entrantName", "entrantEmail", "submittedAt", "flagged", "flagReason", "screeningReason", "receiptSha256");

    private final MemberFirms firms;

    EntryExport(MemberFirms firms) {
        this.firms = firms;
    }

    String csv(List<Entry> entries) {
        Map<UUID, Optional<MemberFirm>> known = new HashMap<>();
        List<List<String>> rows = new ArrayList<>();
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
            rows.add(row);
        }
        return CsvSheet.write(COLUMNS, rows);
    }
}
