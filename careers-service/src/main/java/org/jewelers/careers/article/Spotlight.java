package org.jewelers.careers.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * The starting draft of a 20 Under 40 honoree's story, written from the award's public citation. Staff edit it
 * before it goes anywhere, so it says only what the citation vouches for.
 */
public record Spotlight(UUID awardId, String title, String summary, String body, String slugSource) {

    public static final String TAG = "20-under-40";
    /** Who the revision history names for drafts the service wrote itself. */
    static final String ACTOR = "careers-service";

    /** From the data of a competition.award.granted event of program 20-under-40. */
    public static Spotlight of(JsonNode award) {
        JsonNode citation = award.path("citation");
        String name = citation.path("honoreeName").asText().strip();
        String job = citation.path("jobTitle").asText().strip();
        String employer = citation.path("employerName").asText().strip();
        String city = citation.path("employerCity").asText().strip();
        int year = award.path("editionYear").asInt();
        String title = name + ", " + job + ": 20 Under 40, " + year;
        String summary = name + ", " + job + " at " + employer + " in " + city + ", is one of Jewelers of America's "
                + "20 Under 40 honorees for " + year + ".";
        String body = summary + "\n\n"
                + "The 20 Under 40 program recognizes young professionals whose work is shaping the future of the "
                + "jewelry industry, chosen by their peers for their achievements and their promise.\n\n"
                + "At " + employer + ", " + name + " works as " + job + ". Their path into the trade, the work they "
                + "are proudest of and their advice for people starting out follow in this story.";
        return new Spotlight(UUID.fromString(award.path("awardId").asText()), title, summary, body,
                name + " 20 under 40 " + year);
    }
}
