package org.jewelers.contracts.entries;

import java.util.UUID;
import org.jewelers.contracts.EventData;

/**
 * The data of competition.entry.refunded: money paid for the entry was returned.
 *
 * @param memberId    the member firm the entrant works for; null when there is none
 * @param status      the entry's status when refunded
 * @param amountCents what was returned, in cents of {@code currency}
 * @param currency    ISO 4217
 * @param reason      why (withdrawn before the deadline, found ineligible, or staff's reason)
 */
public record EntryRefunded(UUID entryId, String program, String editionId, String category, UUID memberId,
                            String status, long amountCents, String currency, String reason) implements EventData {
}
