package org.jewelers.contracts.jobs;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The data of careers.job.closed: a job posting closed.
 *
 * @param reason filled, expired, withdrawn or employer-lapsed
 */
public record JobClosed(UUID jobId, UUID memberId, String title, String area, String city, String state,
                        LocalDate validThrough, String reason) implements JobEvent {
}
