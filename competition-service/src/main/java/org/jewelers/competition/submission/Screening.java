package org.jewelers.competition.submission;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.competition.edition.Edition;
import org.jewelers.web.Coded;
import org.jewelers.web.problem.ProblemException;

/**
 * Staff's decision on a submission: accepted, ineligible, or returned to its owner to fix and submit again. Clients
 * of the first version send only {@code eligible} (true or false); {@code decision} says the same and can also ask
 * for a fix.
 */
@Schema(name = "Screening", description = "Staff's screening decision. Send `decision`, or `eligible` as before "
        + "(true is accepted, false ineligible); when both are sent they must agree, and a fix request sends "
        + "`decision` alone.", examples = {Screening.ACCEPT_EXAMPLE, Screening.FIX_EXAMPLE,
        Screening.INELIGIBLE_EXAMPLE})
public record Screening(
        @Schema(description = "true: accepted (status accepted); false: ineligible (status rejected). Needed "
                + "unless decision is sent", example = "false")
        Boolean eligible,
        @Schema(description = "accepted (status accepted); ineligible (status rejected); fix-requested: back to "
                + "its owner as a draft to fix and submit again, while their own deadline (extensions included) "
                + "has not passed", example = "fix-requested")
        Decision decision,
        @Size(max = 1000) @Schema(description = "Required when ineligible (why) and when asking for a fix (what "
                + "to fix); the owner is told it", example = "The hallmark is visible in image 2")
        String reason) {

    /** Examples of the three decisions; the last as clients of the first version send it. */
    public static final String ACCEPT_EXAMPLE = "{\"decision\": \"accepted\"}";
    public static final String FIX_EXAMPLE = "{\"decision\": \"fix-requested\", \"reason\": \"Image 2 shows the "
            + "hallmark; replace it with a photo where it is hidden\"}";
    public static final String INELIGIBLE_EXAMPLE = "{\"eligible\": false, \"reason\": \"The piece was first sold "
            + "before the eligibility period\"}";

    /** What staff decide; each is a screening notice's outcome ({@code fix-requested-1}). */
    @Schema(name = "ScreeningDecision")
    public enum Decision implements Coded {
        ACCEPTED("accepted"),
        FIX_REQUESTED("fix-requested"),
        INELIGIBLE("ineligible");

        private final String code;

        Decision(String code) {
            this.code = code;
        }

        @Override
        @JsonValue
        public String code() {
            return code;
        }
    }

    /**
     * One kind of submission's statuses as screening moves them: those staff screen, and where each decision leads
     * ({@code returned} is the owner's draft again).
     */
    /** A submission's standing as screening reads it: its status, the reason in force, its edition and owner. */
    public record Standing<S>(S status, String reason, Edition edition, String owner) {
    }

    public record Statuses<S>(Set<S> screenable, S accepted, S returned, S rejected) {

        /**
         * The decision a submission in {@code status} with {@code reason} stands under: a draft with a screening
         * reason was returned for a fix (a draft never screened keeps none); null when none is in force.
         */
        public Decision inForce(S status, String reason) {
            if (status.equals(accepted)) {
                return Decision.ACCEPTED;
            }
            if (status.equals(rejected)) {
                return Decision.INELIGIBLE;
            }
            return status.equals(returned) && reason != null ? Decision.FIX_REQUESTED : null;
        }

        /** What a returned draft's owner is asked to fix; null for any other. */
        public String fixRequested(S status, String reason) {
            return inForce(status, reason) == Decision.FIX_REQUESTED ? reason : null;
        }
    }

    /**
     * The status the decision moves a submission from {@code current} to. Refused when the submission is not one
     * staff screen ({@code notScreenable} says why), when it is found ineligible or returned without a reason
     * ({@code kind} names the submission: "entry"), and a fix when the owner's {@code window} has closed at
     * {@code now}: they could not submit it again.
     */
    public <S> S decide(S current, Statuses<S> statuses, Window window, Instant now, Supplier<String> notScreenable,
                        String kind) {
        Decision decided = decided();
        if (!statuses.screenable().contains(current)) {
            throw ProblemException.conflict(notScreenable.get());
        }
        if (decided != Decision.ACCEPTED && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", decided == Decision.FIX_REQUESTED
                    ? "is required when asking for a fix: it tells the owner what to fix"
                    : "is required when the " + kind + " is not eligible");
        }
        return switch (decided) {
            case ACCEPTED -> statuses.accepted();
            case INELIGIBLE -> statuses.rejected();
            case FIX_REQUESTED -> {
                window.requireFixable(now);
                yield statuses.returned();
            }
        };
    }

    /** The decision sent, as {@code decision} or as {@code eligible}. */
    public Decision decided() {
        Decision byEligible = eligible == null ? null : eligible ? Decision.ACCEPTED : Decision.INELIGIBLE;
        if (decision == null && byEligible == null) {
            throw ProblemException.invalid("decision", "is required (or eligible, true or false)");
        }
        if (decision != null && byEligible != null && decision != byEligible) {
            throw ProblemException.invalid("eligible", "contradicts decision " + decision.code()
                    + (decision == Decision.FIX_REQUESTED ? "; send decision alone" : ""));
        }
        return decision != null ? decision : byEligible;
    }

    /** The step the audit history records: a fix request, or a screening. */
    public String action() {
        return decided() == Decision.FIX_REQUESTED ? "fix-requested" : "screened";
    }

    /** The reason as kept with the submission. */
    public String keptReason() {
        return reason == null ? null : reason.strip();
    }
}
