package org.jewelers.directory.roster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import org.jewelers.directory.member.Member;
import org.jewelers.directory.member.MemberPatch;
import org.jewelers.directory.member.Members;
import org.jewelers.directory.member.NewMember;
import org.jewelers.directory.member.StandingChange;
import org.jewelers.leases.Lease;

/**
 * Applies one member of a roster through the same rules as staff upkeep, so that history and events follow: a new
 * number joins; a known one takes the file's firm fields and locations, and its standing when the file names one.
 */
@ApplicationScoped
class MemberUpsert {

    enum Outcome { CREATED, UPDATED, UNCHANGED }

    private final Members members;

    MemberUpsert(Members members) {
        this.members = members;
    }

    /**
     * In a transaction of its own, so that a member that fails does not take the others with it, and that commits
     * only while this replica holds the import lease.
     */
    Outcome apply(NewMember request, String actor, Lease lease) {
        return QuarkusTransaction.requiringNew().call(() -> {
            members.getEntityManager().unwrap(Session.class).doWork(lease::confirm);
            Member member = members.find("number", request.number()).firstResult();
            if (member == null) {
                members.join(request, actor);
                return Outcome.CREATED;
            }
            long version = member.version;
            members.update(member.id, patch(request), actor);
            if (request.standing() != null && request.standing() != member.standing) {
                members.changeStanding(member.id, new StandingChange(request.standing(), "roster import"), actor);
            }
            members.flush();
            return member.version == version ? Outcome.UNCHANGED : Outcome.UPDATED;
        });
    }

    /** The file states every firm field it has a column for, so an empty cell clears the stored value. */
    private static MemberPatch patch(NewMember request) {
        return new MemberPatch(request.name(), request.kind(), request.memberSince(), null, null,
                orEmpty(request.website()), orEmpty(request.phone()), orEmpty(request.email()), null, null,
                request.services(), null, request.locations());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
