package org.jewelers.careers.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A posting as schema.org JobPosting JSON-LD, for a careers page to embed in a script tag so that job search
 * engines list it. It carries every property Google requires and the recommended ones we know.
 */
@Schema(name = "JobPostingJsonLd", description = "schema.org JobPosting; see https://schema.org/JobPosting")
public record JobPosting(
        @JsonProperty("@context") @Schema(example = "https://schema.org") String context,
        @JsonProperty("@type") @Schema(example = "JobPosting") String type,
        String title,
        @Schema(description = "HTML: the description's paragraphs, then how to apply") String description,
        @Schema(description = "When it was posted, UTC", example = "2026-05-04T14:03:00Z") String datePosted,
        @Schema(description = "The end of its last day in the job's time zone", example = "2026-09-30T23:59:59-06:00")
        String validThrough,
        @Schema(example = "FULL_TIME") String employmentType,
        Organization hiringOrganization,
        Place jobLocation,
        Identifier identifier) {

    public record Organization(@JsonProperty("@type") String type, String name) {
    }

    public record Place(@JsonProperty("@type") String type, PostalAddress address) {
    }

    public record PostalAddress(@JsonProperty("@type") String type, String addressLocality, String addressRegion,
                                String postalCode, String addressCountry) {
    }

    /** The employer's own id for the posting. */
    public record Identifier(@JsonProperty("@type") String type, String name, String value) {
    }

    static JobPosting of(Job job, String employerName) {
        ZoneId zone = ZoneId.of(job.timeZone);
        return new JobPosting("https://schema.org", "JobPosting", job.title,
                html(job.description) + "<p>How to apply: " + escape(job.howToApply) + "</p>",
                job.postedAt.toString(),
                job.expiresAt.minusSeconds(1).atZone(zone).toOffsetDateTime().toString(),
                job.employmentType.schemaOrg(),
                new Organization("Organization", employerName),
                new Place("Place", new PostalAddress("PostalAddress", job.city, job.state, job.zip, "US")),
                new Identifier("PropertyValue", employerName, job.id.toString()));
    }

    /** Plain text as HTML: blank lines separate paragraphs, single line breaks stay breaks. */
    private static String html(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
