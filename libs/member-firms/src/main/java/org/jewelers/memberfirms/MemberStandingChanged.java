package org.jewelers.memberfirms;

import java.util.UUID;

/**
 * Fired (synchronously, inside the transaction that records the directory's event) when a firm enters or leaves
 * good standing, so that a service can apply its own rules in the same transaction, e.g. close job postings.
 */
public record MemberStandingChanged(UUID memberId, boolean goodStanding) {
}
