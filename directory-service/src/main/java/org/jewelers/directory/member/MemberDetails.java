package org.jewelers.directory.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jewelers.directory.taxonomy.Kind;
import org.jewelers.directory.taxonomy.Service;
import org.jewelers.directory.taxonomy.Standing;

/** Everything staff maintain about a member, hidden fields included: what the audit history compares. */
record MemberDetails(String number, String name, Kind kind, Standing standing, LocalDate memberSince,
                     Integer codeYear, String description, String website, String phone, String email,
                     boolean showWebsite, boolean showPhone, boolean showEmail, boolean optedOut, Instant leftAt,
                     Set<Service> services, List<CredentialInput> credentials, List<Place> locations) {

    /** A location as recorded, hours and dated exceptions included. */
    record Place(String address, String city, String state, String zip, String phone, double latitude,
                 double longitude, String timeZone, List<String> hours, List<String> exceptions) {
    }

    static List<String> hours(List<OpeningHours> hours) {
        return hours.stream().map(h -> h.day + " " + h.opens + "-" + h.closes).toList();
    }

    static List<String> exceptions(List<DatedHours> exceptions) {
        return exceptions.stream().map(DatedHours::toString).toList();
    }

    static MemberDetails of(Member m) {
        return new MemberDetails(m.number, m.name, m.kind, m.standing, m.memberSince, m.codeYear, m.description,
                m.website, m.phone, m.email, m.showWebsite, m.showPhone, m.showEmail, m.optedOut, m.leftAt,
                new TreeSet<>(m.services),
                m.credentials.stream().map(c -> new CredentialInput(c.credential, c.holder, c.expiresOn)).toList(),
                m.locations.stream().map(l -> new Place(l.address, l.city, l.state, l.zip, l.phone, l.latitude,
                        l.longitude, l.timeZone, hours(l.hours), exceptions(l.exceptions))).toList());
    }
}
