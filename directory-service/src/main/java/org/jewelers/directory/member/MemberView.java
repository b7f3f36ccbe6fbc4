package org.jewelers.directory.member;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member firm as the public directory shows it. */
@Schema(name = "Member")
public record MemberView(
        UUID id,
        @Schema(example = "JA-104233") String number,
        @Schema(example = "Hartwell & Daughters Jewelers") String name,
        Kind kind,
        Standing standing,
        @Schema(description = "True when the standing is active or grace") boolean goodStanding,
        LocalDate memberSince,
        List<LocationView> locations,
        @Schema(description = "Aggregate version; grows with every change") long version) {

    /** A location as the public directory shows it. */
    @Schema(name = "Location")
    public record LocationView(String address, String city, String state, String zip) {
    }

    static MemberView of(Member member) {
        return new MemberView(member.id, member.number, member.name, member.kind, member.standing,
                member.standing.isGood(), member.memberSince,
                member.locations.stream().map(l -> new LocationView(l.address, l.city, l.state, l.zip)).toList(),
                member.version);
    }
}
