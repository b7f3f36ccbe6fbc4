package org.jewelers.careers.article;

import java.util.UUID;
import org.jewelers.contracts.awards.AwardGranted;

/**
 * The starting draft of a 20 Under 40 honoree's story, written from the award's public citation. Staff edit it
 * before it goes anywhere, so it says only what the citation vouches for.
 */
public record Spotlight(UUID awardId, String title, String summary, String body, String slugSource) {

    public static final String TAG = "20-under-40";
    /** Who the revision history names for drafts the service wrote itself. */
    static final String ACTOR = "careers-service";

    /** From a 20 Under 40 award and its honoree's citation. */
    public static Spotlight of(AwardGranted award, AwardGranted.HonoreeCitation citation) {
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
        return new Spotlight(award.awardId(), title, summary, body,
                name + " 20 under 40 " + year);
    }
}
