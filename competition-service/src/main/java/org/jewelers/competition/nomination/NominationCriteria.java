package org.jewelers.competition.nomination;

import java.util.Set;
import java.util.UUID;

/** What staff filter nominations by; a null criterion, or no statuses, matches every nomination. */
public record NominationCriteria(UUID editionId, String list, Set<NominationStatus> statuses, Nominator nominatedBy) {
}
