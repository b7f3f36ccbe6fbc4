package org.jewelers.competition.nomination;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.submission.CsvSheet;
import org.jewelers.memberfirms.MemberFirm;
import org.jewelers.memberfirms.MemberFirms;

/**
 * An edition's submitted nominations (screened or not) as CSV for staff's spreadsheets, formula-safe as every
 * export ({@link CsvSheet}): drafts and nominations still waiting for, or refused, the nominee's consent are not
 * nominations staff weigh, so they are left out.
 */
@ApplicationScoped
class NominationExport {

    static final List<String> COLUMNS = List.of("nominationId", "list", "status", "nominatedBy", "nomineeName",
            "nomineeEmail", "jobTitle", "employerMemberId", "employerNumber", "employerName", "nominatorName",
            "nominatorEmail", "submittedAt", "screeningReason", "dossierId");

    private static final EnumSet<NominationStatus> SUBMITTED = EnumSet.of(NominationStatus.SUBMITTED,
            NominationStatus.ACCEPTED, NominationStatus.REJECTED);

    private final Nominations nominations;
    private final MemberFirms firms;

    NominationExport(Nominations nominations, MemberFirms firms) {
        this.nominations = nominations;
        this.firms = firms;
    }

    String csv(UUID editionId) {
        Map<UUID, Optional<MemberFirm>> known = new HashMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (Nomination n : nominations.list("edition.id = ?1 and status in ?2",
                Sort.by("list").and("submittedAt").and("id"), editionId, SUBMITTED)) {
            Optional<MemberFirm> employer = n.employerMemberId == null ? Optional.empty()
                    : known.computeIfAbsent(n.employerMemberId, firms::find);
            List<String> row = new ArrayList<>();
            row.add(n.id.toString());
            row.add(n.list);
            row.add(n.status.code());
            row.add(n.nominatedBy.code());
            row.add(n.nomineeName);
            row.add(n.nomineeEmail);
            row.add(n.jobTitle);
            row.add(n.employerMemberId == null ? null : n.employerMemberId.toString());
            row.add(employer.map(MemberFirm::number).orElse(null));
            row.add(employer.map(MemberFirm::name).orElse(null));
            row.add(n.nominatorName);
            row.add(n.nominatorEmail);
            row.add(n.submittedAt == null ? null : n.submittedAt.toString());
            row.add(n.screeningReason);
            row.add(n.dossier == null ? null : n.dossier.id.toString());
            rows.add(row);
        }
        return CsvSheet.write(COLUMNS, rows);
    }
}
