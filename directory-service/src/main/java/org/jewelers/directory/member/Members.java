package org.jewelers.directory.member;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.members.PublicMember;
import org.jewelers.directory.changes.MemberChanges;
import org.jewelers.directory.history.History;
import org.jewelers.directory.listing.Listing;
import org.jewelers.directory.listing.Listings;
import org.jewelers.directory.taxonomy.Service;
import org.jewelers.directory.taxonomy.Standing;
import org.jewelers.events.envelope.EventFactory;
import org.jewelers.events.quarkus.Outbox;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/**
 * The rules for changing member firms. Every change is kept in the history, announced on the members topic and
 * recorded in the partners' change feed, in the same transaction.
 */
@ApplicationScoped
public class Members implements PanacheRepositoryBase<Member, UUID> {

    private final Clock clock;
    private final Places places;
    private final Listings listings;
    private final History history;
    private final Outbox outbox;
    private final EventFactory events;
    private final MemberChanges changes;

    Members(Clock clock, Places places, Listings listings, History history, Outbox outbox, EventFactory events,
            MemberChanges changes) {
        this.changes = changes;
        this.clock = clock;
        this.places = places;
        this.listings = listings;
        this.history = history;
        this.outbox = outbox;
        this.events = events;
    }

    @Transactional
    public Member join(NewMember request, String actor) {
        if (count("number", request.number()) > 0) {
            throw ProblemException.conflict("Member number " + request.number() + " is already taken");
        }
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.number = request.number();
        member.name = request.name().strip();
        member.kind = request.kind();
        member.standing = request.standing() == null ? Standing.ACTIVE : request.standing();
        member.memberSince = request.memberSince() == null ? LocalDate.now(clock) : request.memberSince();
        member.codeYear = request.codeYear();
        member.description = blankToNull(request.description());
        member.website = blankToNull(request.website());
        member.phone = blankToNull(request.phone());
        member.email = blankToNull(request.email());
        applyVisibility(member, request.visibility());
        member.services = request.services() == null ? EnumSet.noneOf(Service.class) : EnumSet.copyOf(request.services());
        member.credentials = credentials(request.credentials());
        member.locations = places.place("locations", request.locations());
        member.createdAt = clock.instant();
        member.updatedAt = member.createdAt;
        persist(member);
        history.record(member.id, actor, "joined", null, null, MemberDetails.of(member));
        announce(EventTypes.MEMBER_JOINED, member);
        return member;
    }

    @Transactional
    public Member update(UUID id, MemberPatch patch, String actor) {
        Member member = lock(id);
        MemberDetails before = MemberDetails.of(member);
        if (patch.name() != null) {
            member.name = patch.name().strip();
        }
        if (patch.kind() != null) {
            member.kind = patch.kind();
        }
        if (patch.memberSince() != null) {
            member.memberSince = patch.memberSince();
        }
        if (patch.codeYear() != null) {
            member.codeYear = patch.codeYear();
        }
        member.description = patch.description() == null ? member.description : blankToNull(patch.description());
        member.website = patch.website() == null ? member.website : blankToNull(patch.website());
        member.phone = patch.phone() == null ? member.phone : blankToNull(patch.phone());
        member.email = patch.email() == null ? member.email : blankToNull(patch.email());
        applyVisibility(member, patch.visibility());
        if (patch.optedOut() != null) {
            member.optedOut = patch.optedOut();
        }
        // Collections are replaced only when their content differs: rewriting an equal one would still raise the
        // version, a change nobody could see, and a roster imported twice must leave its members as they were.
        if (patch.services() != null && !member.services.equals(Set.copyOf(patch.services()))) {
            member.services.clear();
            member.services.addAll(patch.services());
        }
        if (patch.credentials() != null) {
            List<HeldCredential> entered = credentials(patch.credentials());
            if (!held(member.credentials).equals(held(entered))) {
                member.credentials.clear();
                member.credentials.addAll(entered);
            }
        }
        if (patch.locations() != null) {
            relocate(member, patch.locations());
        }
        return changed(member, before, actor, "updated", null, EventTypes.MEMBER_UPDATED);
    }

    @Transactional
    public Member changeStanding(UUID id, StandingChange change, String actor) {
        Member member = lock(id);
        if (member.standing == change.standing()) {
            return member;
        }
        MemberDetails before = MemberDetails.of(member);
        member.standing = change.standing();
        return changed(member, before, actor, "standing-changed", blankToNull(change.reason()),
                EventTypes.MEMBER_STANDING_CHANGED);
    }

    /** The firm leaves the association: kept on file, never listed again, and announced once. */
    @Transactional
    public Member leave(UUID id, String reason, String actor) {
        Member member = lock(id);
        if (member.leftAt != null) {
            return member;
        }
        MemberDetails before = MemberDetails.of(member);
        member.leftAt = clock.instant();
        member.updatedAt = member.leftAt;
        history.record(member.id, actor, "left", blankToNull(reason), before, MemberDetails.of(member));
        announce(EventTypes.MEMBER_LEFT, member);
        return member;
    }

    @Transactional
    public Member editListing(UUID id, ListingEdit edit, String actor) {
        Member member = lock(id);
        MemberDetails before = MemberDetails.of(member);
        member.description = edit.description() == null ? member.description : blankToNull(edit.description());
        applyVisibility(member, edit.visibility());
        if (edit.optedOut() != null) {
            member.optedOut = edit.optedOut();
        }
        if (edit.services() != null) {
            member.services.clear();
            member.services.addAll(edit.services());
        }
        if (edit.hours() != null) {
            Map<UUID, Location> byId = member.locations.stream().collect(Collectors.toMap(l -> l.id, Function.identity()));
            for (int i = 0; i < edit.hours().size(); i++) {
                ListingEdit.LocationHours hours = edit.hours().get(i);
                Location location = byId.get(hours.locationId());
                if (location == null) {
                    throw ProblemException.invalid("hours[" + i + "].locationId", "is not one of this member's locations");
                }
                List<Problem.FieldError> errors = new ArrayList<>();
                List<OpeningHours> weekly = hours.hours() == null ? null
                        : OpeningRules.weekly("hours[" + i + "].hours", hours.hours(), errors);
                List<DatedHours> exceptions = hours.exceptions() == null ? null
                        : OpeningRules.exceptions("hours[" + i + "].exceptions", hours.exceptions(), errors);
                if (!errors.isEmpty()) {
                    throw ProblemException.invalid(errors);
                }
                replaceHours(location, weekly, exceptions);
            }
        }
        return changed(member, before, actor, "listing-edited", null, EventTypes.MEMBER_UPDATED);
    }

    public Member require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Member", id));
    }

    private Member lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Member", id));
    }

    private Member changed(Member member, MemberDetails before, String actor, String action, String reason,
                           String eventType) {
        MemberDetails after = MemberDetails.of(member);
        if (after.equals(before)) {
            return member;
        }
        // Touching the row makes every change, collections and locations included, raise the version once.
        member.updatedAt = clock.instant();
        history.record(member.id, actor, action, reason, before, after);
        announce(eventType, member);
        return member;
    }

    private void announce(String type, Member member) {
        flush();
        Listing listing = listings.of(member.id).orElseThrow();
        outbox.append(events.create(type, member.id.toString(), listing.version(), published(listing)));
        changes.record(listing, member.isListed());
    }

    /** What the members topic carries of a listing: the firm, its standing and its places; the API shows the rest. */
    private static PublicMember published(Listing listing) {
        return new PublicMember(listing.id(), listing.number(), listing.name(), listing.kind().code(),
                listing.standing().code(), listing.goodStanding(), listing.locations().stream()
                .map(location -> new PublicMember.Location(location.city(), location.state(), location.zip())).toList());
    }

    /**
     * Replaces the member's locations with the entered ones. An entered location at the same street address and ZIP
     * as a stored one is that location, changed in place: it keeps its id, and its opening hours unless hours are
     * entered, since a roster carries no hours and members keep their own.
     */
    private void relocate(Member member, List<LocationInput> inputs) {
        List<Location> placed = places.place("locations", inputs);
        List<Location> unmatched = new ArrayList<>(member.locations);
        List<Location> next = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Location entered = placed.get(i);
            Location stored = unmatched.stream().filter(l -> sameSite(l, entered)).findFirst().orElse(null);
            if (stored == null) {
                next.add(entered);
                continue;
            }
            unmatched.remove(stored);
            stored.address = entered.address;
            stored.city = entered.city;
            stored.state = entered.state;
            stored.phone = entered.phone;
            stored.latitude = entered.latitude;
            stored.longitude = entered.longitude;
            stored.timeZone = entered.timeZone;
            replaceHours(stored, inputs.get(i).hours() == null ? null : entered.hours,
                    inputs.get(i).exceptions() == null ? null : entered.exceptions);
            next.add(stored);
        }
        if (!next.equals(member.locations)) {
            member.locations.clear();
            member.locations.addAll(next);
        }
    }

    /**
     * Replaces a location's weekly hours and its dated exceptions with the ones given (null: kept), each only when
     * it differs: rewriting an equal list would still raise the version, a change nobody could see.
     */
    private static void replaceHours(Location location, List<OpeningHours> weekly, List<DatedHours> exceptions) {
        if (weekly != null && !MemberDetails.hours(location.hours).equals(MemberDetails.hours(weekly))) {
            location.hours.clear();
            location.hours.addAll(weekly);
        }
        if (exceptions != null && !MemberDetails.exceptions(location.exceptions).equals(MemberDetails.exceptions(exceptions))) {
            location.exceptions.clear();
            location.exceptions.addAll(exceptions);
        }
    }

    private static boolean sameSite(Location stored, Location entered) {
        return stored.zip.equals(entered.zip) && stored.address.equalsIgnoreCase(entered.address);
    }

    private static List<CredentialInput> held(List<HeldCredential> credentials) {
        return credentials.stream().map(c -> new CredentialInput(c.credential, c.holder, c.expiresOn)).toList();
    }

    private static List<HeldCredential> credentials(List<CredentialInput> inputs) {
        return inputs == null ? new java.util.ArrayList<>()
                : new java.util.ArrayList<>(inputs.stream()
                        .map(c -> new HeldCredential(c.holder().strip(), c.credential(), c.expiresOn())).toList());
    }

    private static void applyVisibility(Member member, Visibility visibility) {
        if (visibility == null) {
            return;
        }
        if (visibility.website() != null) {
            member.showWebsite = visibility.website();
        }
        if (visibility.phone() != null) {
            member.showPhone = visibility.phone();
        }
        if (visibility.email() != null) {
            member.showEmail = visibility.email();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
