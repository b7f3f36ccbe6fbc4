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

/** Honors on member listings, from the competition's award-granted events. */
@ApplicationScoped
public class AwardFeed implements EventHandler {

    @Override
    public String group() {
        return "directory-service.awards";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.COMPETITION_AWARDS.name());
    }

    @Override
    public void handle(EventEnvelope event, HandlerContext context) throws Exception {
        if (!EventTypes.AWARD_GRANTED.equals(event.type())) {
            return;
        }
        JsonNode award = event.data();
        try (PreparedStatement insert = context.connection().prepareStatement("""
                insert into member_honor (award_id, member_id, program, edition_year, category, title)
                values (?, ?, ?, ?, ?, ?) on conflict (award_id) do nothing""")) {
            insert.setObject(1, UUID.fromString(award.path("awardId").asText()));
            insert.setObject(2, UUID.fromString(award.path("memberId").asText()));
            insert.setString(3, award.path("program").asText());
            insert.setInt(4, award.path("editionYear").asInt());
            insert.setString(5, award.path("category").asText());
            insert.setString(6, title(award));
            insert.executeUpdate();
        }
    }

    /** How the listing names the honor: the piece and its designer, or the honoree and their job. */
    static String title(JsonNode award) {
        JsonNode citation = award.path("citation");
        if ("case-awards".equals(award.path("program").asText())) {
            return "CASE Award " + award.path("editionYear").asInt() + ": " + citation.path("pieceTitle").asText()
                    + ", designed by " + citation.path("designerName").asText();
        }
        return "20 Under 40, " + award.path("editionYear").asInt() + ": " + citation.path("honoreeName").asText()
                + ", " + citation.path("jobTitle").asText();
    }
}
