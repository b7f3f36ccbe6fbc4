package org.jewelers.careers.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.Topics;
import org.jewelers.contracts.awards.AwardGranted;
import org.jewelers.events.consumer.EventHandler;
import org.jewelers.events.consumer.HandlerContext;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.memberfirms.MemberFirms;

/**
 * Drafts one spotlight story per award, a CASE winning piece or a 20 Under 40 honoree, from the competition's
 * award-granted events, for staff to edit and publish. The consumer already skips an event id it has handled; the
 * award id guards against the same award republished under a new event id.
 */
@ApplicationScoped
public class Spotlights implements EventHandler {

    private static final Logger LOG = Logger.getLogger(Spotlights.class);

    private final Articles articles;
    private final MemberFirms firms;

    Spotlights(Articles articles, MemberFirms firms) {
        this.articles = articles;
        this.firms = firms;
    }

    @Override
    public String group() {
        return "careers-service.spotlights";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.COMPETITION_AWARDS.name());
    }

    @Override
    public void handle(EventEnvelope event, HandlerContext context) {
        if (!EventTypes.AWARD_GRANTED.equals(event.type())) {
            return;
        }
        AwardGranted award = event.data(AwardGranted.class);
        Spotlight spotlight = Spotlight.of(award, firms.find(award.memberId()));
        if (!articles.draftSpotlight(spotlight)) {
            LOG.debugf("award %s already has its spotlight; event %s changes nothing", spotlight.awardId(), event.id());
        }
    }
}
