package org.jewelers.directory.member;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jewelers.contracts.EventTypes;
import org.jewelers.events.envelope.EventFactory;
import org.jewelers.events.quarkus.Outbox;
import org.jewelers.web.paging.Page;
import org.jewelers.web.problem.ProblemException;

/** The directory's member firms: the rules for adding and reading them. */
@ApplicationScoped
public class Members implements PanacheRepositoryBase<Member, UUID> {

    private final Clock clock;
    private final Outbox outbox;
    private final EventFactory events;

    Members(Clock clock, Outbox outbox, EventFactory events) {
        this.clock = clock;
        this.outbox = outbox;
        this.events = events;
    }

    @Transactional
    public Member join(NewMember request) {
        if (count("number", request.number()) > 0) {
            throw ProblemException.conflict("Member number " + request.number() + " is already taken");
        }
        Instant now = clock.instant();
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.number = request.number();
        member.name = request.name().strip();
        member.kind = request.kind();
        member.standing = request.standing() == null ? Standing.ACTIVE : request.standing();
        member.memberSince = request.memberSince() == null ? LocalDate.now(clock) : request.memberSince();
        request.locations().forEach(l -> member.locations.add(new Location(l.address().strip(), l.city().strip(), l.state(), l.zip())));
        member.createdAt = now;
        member.updatedAt = now;
        persistAndFlush(member);
        outbox.append(events.create(EventTypes.MEMBER_JOINED, member.id.toString(), member.version, MemberView.of(member)));
        return member;
    }

    public Member require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Member", id));
    }

    public Page<MemberView> list(int page, int size) {
        var query = findAll(Sort.by("name").and("id"));
        return new Page<>(query.page(page, size).list().stream().map(MemberView::of).toList(), query.count(), page, size);
    }
}
