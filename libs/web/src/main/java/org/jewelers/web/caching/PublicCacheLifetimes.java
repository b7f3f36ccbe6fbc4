package org.jewelers.web.caching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long partner sites and browsers may keep a public answer ({@code Cache-Control: max-age}), in configuration
 * rather than in each resource. Answers differ in how soon an edit must show: a member's listing or a job search
 * within a minute, a catalogue of career areas or an edition within minutes, the fixed taxonomy within the hour.
 * So there is one setting per kind of answer rather than one for all, each defaulting to what it has always been.
 */
@ConfigMapping(prefix = "web.public-cache")
public interface PublicCacheLifetimes {

    /** Searches, listings and articles: what members and staff edit every day. */
    @WithDefault("PT60S")
    Duration changing();

    /** Catalogues that staff curate: career areas, profiles, programs, competition editions. */
    @WithDefault("PT5M")
    Duration catalogue();

    /** Reference lists that change with a release: the directory's taxonomy. */
    @WithDefault("PT1H")
    Duration reference();
}
