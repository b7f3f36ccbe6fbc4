package org.jewelers.contracts.jobs;

import java.time.LocalDate;
import java.util.UUID;
import org.jewelers.contracts.EventData;

/** What every event of the jobs topic says of its posting, so a consumer can treat opened and closed alike. */
public interface JobEvent extends EventData {

    UUID jobId();

    UUID memberId();

    String title();

    String area();

    String city();

    String state();

    LocalDate validThrough();
}
