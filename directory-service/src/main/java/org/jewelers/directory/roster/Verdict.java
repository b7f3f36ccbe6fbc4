package org.jewelers.directory.roster;

import java.util.Map;
import org.jewelers.directory.member.NewMember;

/** A member as the roster states it: the request to apply, or the reason for each of its rows by line. */
record Verdict(String number, NewMember member, Map<Integer, String> reasons) {

    boolean valid() {
        return reasons.isEmpty();
    }
}
