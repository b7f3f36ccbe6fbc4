package org.jewelers.contracts.entries;

import java.util.UUID;
import org.jewelers.contracts.EventData;

/**
 * The data of competition.entry.paid: the entry's fee was paid through a checkout.
 *
 * @param memberId    the member firm the entrant works for; null when there is none
 * @param status      the entry's status when paid (a draft, until it is submitted)
 * @param amountCents what was paid for this entry, in cents of {@code currency}
 * @param currency    ISO 4217
 * @param checkoutId  the checkout that paid it (with others, perhaps)
 */
public record EntryPaid(UUID entryId, String program, String editionId, String category, UUID memberId,
                        String status, long amountCents, String currency, UUID checkoutId) implements EventData {
}
