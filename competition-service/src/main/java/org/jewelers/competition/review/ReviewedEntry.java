package org.jewelers.competition.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.competition.edition.Program;
import org.jewelers.competition.entry.Entry;
import org.jewelers.competition.entry.EntryImage;
import org.jewelers.competition.entry.EntryStatus;
import org.jewelers.competition.entry.ImageView;

/** An entry as staff see it: with its entrant, firm, eligibility evidence, flag and screening. */
@Schema(name = "ReviewedEntry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewedEntry(UUID id, UUID editionId, Program program,
                            @Schema(example = "retailer-2001-5000") String category,
                            @Schema(example = "Tidepool Cuff") String title,
                            String description, String materialsAndTechniques,
                            @Schema(description = "Retail value in US cents", example = "450000") Long retailValueCents,
                            @Schema(example = "USD") String currency,
                            boolean noMakersMarkVisible,
                            EntryStatus status,
                            @Schema(description = "In the order the receipt lists them; files and thumbnails at "
                                    + "/api/v1/review/entries/{id}/images/{imageId}[/thumbnail]") List<ImageView> images,
                            @Schema(description = "The entrant (token subject)", example = "auth0|5f1c") String entrant,
                            @Schema(description = "The entrant's name as their token last carried it on a write of "
                                    + "theirs; absent for older entries and tokens without it", example = "Jordan Lee")
                            String entrantName,
                            @Schema(description = "The entrant's email, likewise: where the service writes to them",
                                    example = "jordan.lee@example.com") String entrantEmail,
                            @Schema(description = "The entrant's member firm") UUID memberId,
                            @Schema(description = "The eligibility rules checked at submit, the facts they were checked against and their "
                                    + "outcome; null until submitted", nullable = true)
                            JsonNode eligibility,
                            @Schema(description = "Something after submit puts eligibility in doubt") boolean flagged,
                            @Schema(example = "Member firm out of good standing: Feed Jewelers is now lapsed") String flagReason,
                            @Schema(description = "Why staff screened it as they did") String screeningReason,
                            Instant submittedAt,
                            @Schema(description = "SHA-256 of the entry's canonical form, as on the entrant's receipt") String receiptSha256,
                            long version, Instant createdAt, Instant updatedAt) {

    static ReviewedEntry of(Entry entry, List<EntryImage> images, ObjectMapper json) {
        JsonNode eligibility;
        try {
            eligibility = entry.eligibility == null ? null : json.readTree(entry.eligibility);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the eligibility evidence of entry " + entry.id + " is not JSON", e);
        }
        return new ReviewedEntry(entry.id, entry.edition.id, entry.edition.program, entry.category, entry.title,
                entry.description, entry.materialsAndTechniques, entry.retailValueCents, "USD",
                entry.noMakersMarkVisible, entry.status, images.stream().map(ImageView::of).toList(), entry.ownerSubject,
                entry.ownerName, entry.ownerEmail, entry.memberId, eligibility,
                entry.flagged, entry.flagReason, entry.screeningReason, entry.submittedAt, entry.receiptSha256,
                entry.version, entry.createdAt, entry.updatedAt);
    }
}
