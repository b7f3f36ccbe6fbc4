package org.jewelers.directory.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.Set;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.Topics;
import org.jewelers.contracts.jobs.JobClosed;
import org.jewelers.contracts.jobs.JobEvent;
import org.jewelers.contracts.jobs.JobOpened;
import org.jewelers.events.consumer.EventHandler;
import org.jewelers.events.consumer.HandlerContext;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.events.readmodel.ReadModelVersions;

/** Open positions on member listings ("hiring"), from the careers job board's opened and closed events. */
@ApplicationScoped
public class JobFeed implements EventHandler {

    @Override
    public String group() {
        return "directory-service.jobs";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.CAREERS_JOBS.name());
    }

    @Override
    public void handle(EventEnvelope event, HandlerContext context) throws Exception {
        boolean opened = EventTypes.JOB_OPENED.equals(event.type());
        if (!opened && !EventTypes.JOB_CLOSED.equals(event.type())) {
            return;
        }
        JobEvent job = opened ? event.data(JobOpened.class) : event.data(JobClosed.class);
        // A close that overtook its open (or a late redelivery) must not reopen the job.
        if (!ReadModelVersions.advance(context.connection(), "member_job", event.subject(), event.aggregateVersion())) {
            return;
        }
        try (PreparedStatement upsert = context.connection().prepareStatement("""
                insert into member_job (job_id, member_id, title, open) values (?, ?, ?, ?)
                on conflict (job_id) do update set member_id = excluded.member_id, title = excluded.title, open = excluded.open""")) {
            upsert.setObject(1, job.jobId());
            upsert.setObject(2, job.memberId());
            upsert.setString(3, job.title());
            upsert.setBoolean(4, opened);
            upsert.executeUpdate();
        }
    }
}
