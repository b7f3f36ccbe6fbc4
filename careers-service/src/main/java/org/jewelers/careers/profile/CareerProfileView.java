package org.jewelers.careers.profile;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A career profile as the public reads it. */
@Schema(name = "CareerProfile")
public record CareerProfileView(@Schema(example = "bench-jeweler") String slug,
                                @Schema(example = "Bench jeweler") String title,
                                @Schema(example = "design-and-production") String area,
                                @Schema(description = "What the job is") String summary,
                                List<String> tasks, List<String> skills,
                                CareerProfileContent.PathsIn pathsIn,
                                CareerProfileContent.Salary salary,
                                List<ProfileLink> related,
                                @Schema(example = "/api/v1/career-profiles/bench-jeweler") String url,
                                long version) {

    /** A link to a profile, as areas and related lists show it. */
    @Schema(name = "CareerProfileLink")
    public record ProfileLink(@Schema(example = "stone-setter") String slug, @Schema(example = "Stone setter") String title,
                              @Schema(example = "/api/v1/career-profiles/stone-setter") String url) {

        public static ProfileLink of(CareerProfile profile) {
            return new ProfileLink(profile.slug, profile.title, "/api/v1/career-profiles/" + profile.slug);
        }
    }
}
