package org.jewelers.contracts.entries;

import java.util.UUID;
import org.jewelers.contracts.EventData;

/**
 * The data of competition.entry.result-decided: judging decided the entry's result.
 *
 * @param category the Design Competition category; null for 20 Under 40 nominations
 * @param memberId the member firm the entrant works for; null when there is none
 * @param status   winner, finalist, honoree or not-selected
 */
public record EntryResultDecided(UUID entryId, String program, String editionId, String category, UUID memberId,
                                 String status) implements EventData {
}
