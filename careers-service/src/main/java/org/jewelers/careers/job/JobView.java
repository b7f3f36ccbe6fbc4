package org.jewelers.careers.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A posting as readers see it. */
@Schema(name = "Job")
public record JobView(UUID id, UUID memberId,
                      @Schema(description = "The employing member firm's name", example = "Hartwell Jewelers") String employerName,
                      @Schema(example = "Bench Jeweler") String title,
                      @Schema(example = "design-and-production") String area,
                      EmploymentType employmentType, String description, String howToApply, Place location,
                      @Schema(description = "The last day the posting is open, in the job's time zone") LocalDate validThrough,
                      Instant datePosted,
                      @Schema(enumeration = {"open", "closed"}) String status,
                      @Schema(description = "Why the posting closed; null while it is open", nullable = true) CloseReason closeReason,
                      @Schema(description = "When the posting closed; null while it is open", nullable = true) Instant closedAt,
                      long version) {

    /** Where the job is. */
    @Schema(name = "JobPlace")
    public record Place(@Schema(example = "Missoula") String city, @Schema(example = "MT") String state,
                        @Schema(example = "59801") String zip) {
    }

    static JobView of(Job job, String employerName) {
        return new JobView(job.id, job.memberId, employerName, job.title, job.area, job.employmentType, job.description,
                job.howToApply, new Place(job.city, job.state, job.zip), job.validThrough, job.postedAt,
                job.isOpen() ? "open" : "closed", job.closeReason, job.closedAt, job.version);
    }
}
