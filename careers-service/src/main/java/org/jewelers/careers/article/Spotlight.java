package org.jewelers.careers.article;

import java.util.Optional;
import java.util.UUID;
import org.jewelers.contracts.awards.AwardGranted;
import org.jewelers.memberfirms.MemberFirm;

/**
 * The starting draft of an award's story (a CASE winning piece or a 20 Under 40 honoree), written from the award's
 * public citation. Staff edit it before it goes anywhere, so it says only what the citation, and the directory's
 * public record of the firm, vouch for.
 *
 * @param tag the award's program (case-awards or 20-under-40), so staff find each program's drafts by tag
 */
public record Spotlight(UUID awardId, String tag, String title, String summary, String body, String slugSource) {

    /** Who the revision history names for drafts the service wrote itself. */
    static final String ACTOR = "careers-service";

    /**
     * From an award, whichever program granted it.
     *
     * @param firm the award's member firm as careers knows it from the directory, if it does
     */
    public static Spotlight of(AwardGranted award, Optional<MemberFirm> firm) {
        if (award.citation() instanceof AwardGranted.PieceCitation piece) {
            return winningPiece(award, piece, firm);
        }
        return honoree(award, (AwardGranted.HonoreeCitation) award.citation());
    }

    // The honoree's citation names the employer already, as the nomination stated it: the firm record adds nothing.
    private static Spotlight honoree(AwardGranted award, AwardGranted.HonoreeCitation citation) {
        String name = citation.honoreeName().strip();
        String job = citation.jobTitle().strip();
        String employer = citation.employerName().strip();
        String city = citation.employerCity().strip();
        int year = award.editionYear();
        String title = name + ", " + job + ": 20 Under 40, " + year;
        String summary = name + ", " + job + " at " + employer + " in " + city + ", is one of Jewelers of America's "
                + "20 Under 40 honorees for " + year + ".";
        String body = summary + "\n\n"
                + "The 20 Under 40 program recognizes young professionals whose work is shaping the future of the "
                + "jewelry industry, chosen by their peers for their achievements and their promise.\n\n"
                + "At " + employer + ", " + name + " works as " + job + ". Their path into the trade, the work they "
                + "are proudest of and their advice for people starting out follow in this story.";
        return new Spotlight(award.awardId(), award.program(), title, summary, body, name + " 20 under 40 " + year);
    }

    // The event carries the category's code, not its display name: the draft names it as carried, staff word it.
    private static Spotlight winningPiece(AwardGranted award, AwardGranted.PieceCitation citation,
                                          Optional<MemberFirm> firm) {
        String piece = citation.pieceTitle().strip();
        String designer = citation.designerName().strip();
        String category = award.category().strip();
        int year = award.editionYear();
        // The member firm entered the piece; the designer may work there or elsewhere, so the draft says "entered by".
        String enteredBy = firm.map(f -> " and entered by " + f.name().strip() + place(f)).orElse("");
        String title = piece + " by " + designer + ": CASE Awards, " + year;
        String summary = piece + ", designed by " + designer + enteredBy + ", won the " + category + " category of "
                + "Jewelers of America's " + year + " CASE Awards.";
        String body = summary + "\n\n"
                + "The CASE Awards, Jewelers of America's design competition, celebrate outstanding jewelry design "
                + "and craftsmanship across the industry's retailers and suppliers.\n\n"
                + "How " + designer + " came to design " + piece + ", how it was made and their advice for people "
                + "starting out at the bench follow in this story.";
        return new Spotlight(award.awardId(), award.program(), title, summary, body,
                piece + " " + designer + " case awards " + year);
    }

    private static String place(MemberFirm firm) {
        if (firm.city() == null || firm.city().isBlank()) {
            return "";
        }
        return firm.state() == null || firm.state().isBlank() ? " of " + firm.city().strip()
                : " of " + firm.city().strip() + ", " + firm.state().strip();
    }
}
