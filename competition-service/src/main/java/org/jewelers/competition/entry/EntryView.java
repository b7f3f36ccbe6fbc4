package org.jewelers.competition.entry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jewelers.competition.fee.FeeView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.competition.edition.Program;

/** An entry as its entrant sees it. */
@Schema(name = "Entry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryView(UUID id, UUID editionId, Program program,
                        @Schema(example = "retailer-2001-5000") String category,
                        @Schema(example = "Tidepool Cuff") String title,
                        String description,
                        String materialsAndTechniques,
                        @Schema(description = "Retail value in US cents", example = "450000") Long retailValueCents,
                        @Schema(example = "USD") String currency,
                        boolean noMakersMarkVisible,
                        EntryStatus status,
                        @Schema(description = "What staff asked you to fix before you submit again; present while "
                                + "this draft, returned to you by screening, awaits it",
                                example = "Image 2 shows the hallmark; replace it with a photo where it is hidden")
                        String fixRequested,
                        @Schema(description = "1 to 6 are needed to submit, in the order the receipt lists them")
                        List<ImageView> images,
                        @Schema(description = "The receipt of the submit; absent on drafts") Receipt receipt,
                        @Schema(description = "The entry's fee: held by a checkout, paid, waived or refunded; absent "
                                + "while nothing was done about it") FeeView fee,
                        @Schema(description = "Raises on every change; send it with a submit to submit what you reviewed", example = "3")
                        long version,
                        Instant createdAt, Instant updatedAt) {

    static final String CURRENCY = "USD";

    static EntryView of(Entry entry, List<EntryImage> images, FeeView fee) {
        return new EntryView(entry.id, entry.edition.id, entry.edition.program, entry.category, entry.title,
                entry.description, entry.materialsAndTechniques, entry.retailValueCents, CURRENCY,
                entry.noMakersMarkVisible, entry.status,
                EntryScreening.STATUSES.fixRequested(entry.status, entry.screeningReason),
                images.stream().map(ImageView::of).toList(),
                entry.submittedAt == null ? null : Receipt.of(entry, fee), fee,
                entry.version, entry.createdAt, entry.updatedAt);
    }
}
