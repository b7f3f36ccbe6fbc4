package org.jewelers.competition.fee;

import java.util.UUID;
import org.jewelers.competition.edition.Edition;

/**
 * An entry or a nomination as its fee sees it.
 *
 * @param category the CASE category, or the 20 Under 40 list
 * @param title    what the entrant calls it, for the provider's payment page and the accounts
 * @param draft    whether it is still a draft (only drafts are paid for)
 */
public record Payable(SubjectType type, UUID id, Edition edition, String category, String title, String owner,
                      boolean draft) {
}
