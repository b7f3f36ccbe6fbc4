package org.jewelers.contracts.members;

import java.util.List;
import java.util.UUID;
import org.jewelers.contracts.EventData;

/**
 * The data of every event on the members topic (joined, updated, standing-changed, left): who the firm is, its
 * standing and where it is, enough to rebuild a read model of member firms from the compacted topic alone. The rest
 * of the public listing stays in the directory's API, so a field added there never reaches the topic unasked.
 *
 * @param goodStanding true when the standing is active or grace and the firm has not left
 * @param locations    the firm's locations, its main one first
 */
public record PublicMember(UUID id, String number, String name, String kind, String standing, boolean goodStanding,
                           List<Location> locations) implements EventData {

    public record Location(String city, String state, String zip) {
    }
}
