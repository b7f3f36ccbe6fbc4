package org.jewelers.competition.submission;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.WallClockTime;

/** One entrant's deadline for an edition, in UTC and in the edition's zone. */
@Schema(name = "Extension")
public record ExtensionView(UUID editionId, @Schema(example = "auth0|5f1c") String subject,
                            @Schema(example = "2027-07-03T03:59:00Z") Instant until,
                            @Schema(implementation = String.class, pattern = WallClockTime.PATTERN, example = "2027-07-02T23:59") LocalDateTime untilLocal,
                            @Schema(example = "America/New_York") String timeZone,
                            @Schema(example = "staff-1") String grantedBy, Instant grantedAt) {

    static ExtensionView of(Extension extension, Edition edition) {
        return new ExtensionView(edition.id, extension.key.subject, extension.until,
                LocalDateTime.ofInstant(extension.until, edition.zone()), edition.timeZone, extension.grantedBy,
                extension.grantedAt);
    }
}
