package org.jewelers.competition.nomination;

import java.time.LocalDateTime;

/** The emails of a nomination: the consent request to a colleague's nominee, and the nominator's confirmation. */
final class NominationLetters {

    private NominationLetters() {
    }

    static String consentSubject(Nomination nomination) {
        return "You have been nominated for " + nomination.edition.title + ": your consent is needed";
    }

    static String consentBody(Nomination nomination, String link) {
        String nominator = nomination.nominatorName == null ? "A colleague" : nomination.nominatorName;
        return "Dear " + nomination.nomineeName + ",\n\n"
                + nominator + " has nominated you for " + nomination.edition.title + ", Jewelers of America's "
                + "recognition of young professionals shaping the future of the jewelry industry.\n\n"
                + "Your nomination goes to the judges only with your consent. To see what was submitted and give "
                + "your consent, or to decline, open:\n\n"
                + "  " + link + "\n\n"
                + "The link is for you alone and works once; it expires at " + nomination.consentExpiresAt + " ("
                + LocalDateTime.ofInstant(nomination.consentExpiresAt, nomination.edition.zone()) + " "
                + nomination.edition.timeZone + ").\n\n"
                + "If you did not expect this message, you can ignore it: nothing is submitted without you.\n";
    }

    static String submittedSubject(Nomination nomination) {
        return "Nomination of " + nomination.nomineeName + " submitted to " + nomination.edition.title;
    }

    static String submittedBody(Nomination nomination) {
        return "The nomination of " + nomination.nomineeName + " for " + nomination.edition.title + " was submitted at "
                + nomination.submittedAt + " (" + LocalDateTime.ofInstant(nomination.submittedAt, nomination.edition.zone())
                + " " + nomination.edition.timeZone + ").\n\n"
                + "Nomination: " + nomination.id + "\n"
                + "List: " + nomination.list + "\n\n"
                + "Staff will screen it; honorees are announced on the edition's schedule.\n";
    }
}
