package org.jewelers.directory.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.Set;
import java.util.UUID;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.Topics;
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
        JsonNode job = event.data();
        // A close that overtook its open (or a late redelivery) must not reopen the job.
        if (!ReadModelVersions.advance(context.connection(), "member_job", event.subject(), event.aggregateVersion())) {
            return;
        }
        try (PreparedStatement upsert = context.connection().prepareStatement("""
                insert into member_job (job_id, member_id, title, open) values (?, ?, ?, ?)
                on conflict (job_id) do update set member_id = excluded.member_id, title = excluded.title, open = excluded.open""")) {
            upsert.setObject(1, UUID.fromString(job.path("jobId").asText()));
            upsert.setObject(2, UUID.fromString(job.path("memberId").asText()));
            upsert.setString(3, job.path("title").asText());
            upsert.setBoolean(4, opened);
            upsert.executeUpdate();
        }
    }
}
