package org.jewelers.careers.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;

/** The data of careers.job.opened and careers.job.closed, as their contracts name it. */
record JobEventData(UUID jobId, UUID memberId, String title, String area, String city, String state,
                    LocalDate validThrough, @JsonInclude(JsonInclude.Include.NON_NULL) CloseReason reason) {

    static JobEventData of(Job job) {
        return new JobEventData(job.id, job.memberId, job.title, job.area, job.city, job.state, job.validThrough,
                job.closeReason);
    }
}
