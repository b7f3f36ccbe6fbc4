package org.jewelers.competition.entry;

import java.util.Set;
import java.util.UUID;

/** What staff filter entries by; a null criterion, or no statuses, matches every entry. */
public record EntryCriteria(UUID editionId, String category, Set<EntryStatus> statuses, Boolean flagged) {
}
