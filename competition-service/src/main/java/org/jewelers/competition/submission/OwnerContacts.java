package org.jewelers.competition.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.function.Consumer;
import org.jewelers.web.caller.Caller;

/**
 * Keeps a submission's owner reachable: on each of the owner's own writes, their token's name and email claims are
 * copied onto what they own, so that entries and nominations alike reach the person as they are now.
 */
@ApplicationScoped
public class OwnerContacts {

    static final int NAME_LENGTH = 200;
    static final int EMAIL_LENGTH = 320;

    private final Caller caller;

    OwnerContacts(Caller caller) {
        this.caller = caller;
    }

    /**
     * Called where the owner writes (creating it, or locking their own for a change) with where the submission keeps
     * the owner's name and email. A claim the token lacks leaves the kept value: such a token says nothing about the
     * person.
     */
    public void refresh(Consumer<String> ownerName, Consumer<String> ownerEmail) {
        String name = name();
        String email = email();
        if (name != null) {
            ownerName.accept(name);
        }
        if (email != null) {
            ownerEmail.accept(email);
        }
    }

    /** The caller's email claim, stripped and in lower case; null when the token has none. */
    private String email() {
        String email = stripped(caller.email());
        // Longer than any address can be: nobody is reached there, and a cut one would reach someone else.
        return email == null || email.length() > EMAIL_LENGTH ? null : email.toLowerCase(Locale.ROOT);
    }

    private String name() {
        String name = stripped(caller.name());
        return name == null || name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH);
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
