package org.jewelers.competition.broadcast;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.competition.submission.ReviewLists;

/** What staff write to a segment of an edition. */
@Schema(name = "BroadcastRequest")
public record BroadcastRequest(
        @NotNull
        @Schema(description = "Whom it goes to: draft-holders (owners of entries and nominations not yet submitted), "
                + "submitters (owners of submitted ones, withdrawn entries and declined nominations excluded), "
                + "finalists (entrants of the confirmed finalists of the edition's rounds), judges-not-finished "
                + "(roster judges with unscored assignments in the edition's rounds open now)",
                enumeration = {"draft-holders", "submitters", "finalists", "judges-not-finished"},
                example = "draft-holders")
        String segment,
        @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line")
        @Schema(description = "The subject line, one line of at most 200 characters",
                example = "Entries close on June 28")
        String subject,
        @NotBlank @Size(max = 10_000)
        @Schema(description = "The message, plain text of at most 10,000 characters; line breaks are kept",
                example = "Your draft is saved but not submitted. Submit it before June 28, 23:59 New York time.")
        String message) {

    /** The segment it names; an unknown one is refused as a problem on {@code segment}. */
    Segment chosen() {
        return ReviewLists.coded(Segment.class, segment, "segment",
                "is not a segment; use draft-holders, submitters, finalists or judges-not-finished");
    }
}
