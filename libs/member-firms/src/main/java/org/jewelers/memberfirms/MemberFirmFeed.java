package org.jewelers.memberfirms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.Topics;
import org.jewelers.contracts.members.PublicMember;
import org.jewelers.events.consumer.EventHandler;
import org.jewelers.events.consumer.HandlerContext;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.events.readmodel.ReadModelVersions;

/** Keeps the member firms table in step with the directory's members topic. */
@ApplicationScoped
public class MemberFirmFeed implements EventHandler {

    private final String application;
    private final Event<MemberStandingChanged> standingChanges;

    MemberFirmFeed(@ConfigProperty(name = "quarkus.application.name") String application,
                   Event<MemberStandingChanged> standingChanges) {
        this.application = application;
        this.standingChanges = standingChanges;
    }

    @Override
    public String group() {
        return application + ".member-firms";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.DIRECTORY_MEMBERS.name());
    }

    @Override
    public void handle(EventEnvelope event, HandlerContext context) throws Exception {
        // Older than what we hold (a redelivery or a reordering): the newer state already counts.
        if (!ReadModelVersions.advance(context.connection(), "member_firm", event.subject(), event.aggregateVersion())) {
            return;
        }
        UUID id = UUID.fromString(event.subject());
        Boolean wasGood = goodStanding(context, id);
        PublicMember member = event.data(PublicMember.class);
        boolean left = EventTypes.MEMBER_LEFT.equals(event.type());
        boolean good = !left && member.goodStanding();
        Optional<PublicMember.Location> location = member.locations().stream().findFirst();
        try (PreparedStatement upsert = context.connection().prepareStatement("""
                insert into member_firm (id, number, name, kind, standing, good_standing, left_at, city, state, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set number = excluded.number, name = excluded.name, kind = excluded.kind,
                    standing = excluded.standing, good_standing = excluded.good_standing, left_at = excluded.left_at,
                    city = excluded.city, state = excluded.state, updated_at = excluded.updated_at""")) {
            upsert.setObject(1, id);
            upsert.setString(2, member.number());
            upsert.setString(3, member.name());
            upsert.setString(4, member.kind());
            upsert.setString(5, member.standing());
            upsert.setBoolean(6, good);
            upsert.setTimestamp(7, left ? Timestamp.from(event.time()) : null);
            upsert.setString(8, location.map(PublicMember.Location::city).orElse(null));
            upsert.setString(9, location.map(PublicMember.Location::state).orElse(null));
            upsert.setTimestamp(10, Timestamp.from(event.time()));
            upsert.executeUpdate();
        }
        if (wasGood == null || wasGood != good) {
            standingChanges.fire(new MemberStandingChanged(id, good));
        }
    }

    private static Boolean goodStanding(HandlerContext context, UUID id) throws java.sql.SQLException {
        try (PreparedStatement select = context.connection().prepareStatement("select good_standing from member_firm where id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getBoolean(1) : null;
            }
        }
    }
}
