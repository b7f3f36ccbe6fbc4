package org.jewelers.competition.submission;

/** A submission that keeps how to reach its owner, so that the service can write to them. */
public interface Reachable {

    /**
     * Keeps the owner's name and email as their token carries them now; a null one leaves the kept value, since a
     * token without the claim says nothing about the person.
     */
    void reachOwnerAt(String name, String email);
}
