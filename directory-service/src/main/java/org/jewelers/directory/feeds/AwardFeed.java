package org.jewelers.directory.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.Set;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.Topics;
import org.jewelers.contracts.awards.AwardGranted;
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
        AwardGranted award = event.data(AwardGranted.class);
        try (PreparedStatement insert = context.connection().prepareStatement("""
                insert into member_honor (award_id, member_id, program, edition_year, category, title)
                values (?, ?, ?, ?, ?, ?) on conflict (award_id) do nothing""")) {
            insert.setObject(1, award.awardId());
            insert.setObject(2, award.memberId());
            insert.setString(3, award.program());
            insert.setInt(4, award.editionYear());
            insert.setString(5, award.category());
            insert.setString(6, title(award));
            insert.executeUpdate();
        }
    }

    /** How the listing names the honor: the piece and its designer, or the honoree and their job. */
    static String title(AwardGranted award) {
        if (award.citation() instanceof AwardGranted.PieceCitation piece) {
            return "CASE Award " + award.editionYear() + ": " + piece.pieceTitle() + ", designed by " + piece.designerName();
        }
        AwardGranted.HonoreeCitation honoree = (AwardGranted.HonoreeCitation) award.citation();
        return "20 Under 40, " + award.editionYear() + ": " + honoree.honoreeName() + ", " + honoree.jobTitle();
    }
}
