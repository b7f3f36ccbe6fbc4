package org.jewelers.contracts.jobs;

import java.time.LocalDate;
import java.util.UUID;

/** The data of careers.job.opened: a member firm opened a job posting. */
public record JobOpened(UUID jobId, UUID memberId, String title, String area, String city, String state,
                        LocalDate validThrough) implements JobEvent {
}
