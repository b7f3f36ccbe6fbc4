package org.jewelers.memberfirms;

import java.util.UUID;

/**
 * A member firm as this service knows it from the directory. {@code city} and {@code state} are those of its
 * first location. A firm that left the association is kept, out of good standing.
 */
public record MemberFirm(UUID id, String number, String name, String kind, String standing, boolean goodStanding,
                         boolean left, String city, String state) {
}
