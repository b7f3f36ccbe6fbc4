package org.jewelers.contracts.entries;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.jewelers.contracts.EventData;

/**
 * The data of competition.entry.screened: staff screened an entry for eligibility, or returned it to its entrant to
 * fix (a draft again, until a new competition.entry.submitted).
 *
 * @param category the Design Competition category; null for 20 Under 40 nominations
 * @param memberId the member firm the entrant works for; null when there is none
 * @param status   accepted, rejected, or draft (returned for a fix)
 * @param reason   why a rejected entry was not eligible, or what a returned one must fix; absent when accepted
 */
public record EntryScreened(UUID entryId, String program, String editionId, String category, UUID memberId,
                            String status, @JsonInclude(JsonInclude.Include.NON_NULL) String reason) implements EventData {
}
