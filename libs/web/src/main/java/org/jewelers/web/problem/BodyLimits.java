package org.jewelers.web.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How large a request body may be on each path. Quarkus has one body limit per app. An app that takes large uploads
 * on a few paths raises that limit and names the paths in {@code web.limits.large-body-paths}, each a path and what
 * lies below it (an asterisk stands for one path segment such as an entry id), optionally with a size of its own
 * ({@code /api/v1/entries/*}{@code /images=11M}; without one, the app's limit). Every other request is held to
 * {@code web.limits.max-body-size} (1M). The limit holds whether the body's length is declared or not.
 */
@Singleton
public class BodyLimits {

    private final long appLimit;
    private final long standardLimit;
    private final List<PathLimit> largeBodyPaths;

    BodyLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize appLimit,
               @ConfigProperty(name = "web.limits.max-body-size", defaultValue = "1M") MemorySize standardLimit,
               @ConfigProperty(name = "web.limits.large-body-paths") Optional<List<String>> largeBodyPaths) {
        this.appLimit = appLimit.asLongValue();
        this.standardLimit = Math.min(standardLimit.asLongValue(), this.appLimit);
        this.largeBodyPaths = largeBodyPaths.orElse(List.of()).stream().map(this::pathLimit).toList();
    }

    /** The most a body sent to {@code path} may hold, in bytes. */
    public long limitFor(String path) {
        return largeBodyPaths.stream().filter(p -> p.pattern().matcher(path).matches()).findFirst()
                .map(PathLimit::limit).orElse(standardLimit);
    }

    /** Whether {@code path} takes more than the standard limit (uploads, which their own parsers read). */
    public boolean isLarge(String path) {
        return largeBodyPaths.stream().anyMatch(p -> p.pattern().matcher(path).matches());
    }

    private PathLimit pathLimit(String configured) {
        int equals = configured.indexOf('=');
        if (equals < 0) {
            return new PathLimit(pathPattern(configured.trim()), appLimit);
        }
        long size = new MemorySizeConverter().convert(configured.substring(equals + 1).trim()).asLongValue();
        return new PathLimit(pathPattern(configured.substring(0, equals).trim()), Math.min(size, appLimit));
    }

    static Pattern pathPattern(String configured) {
        StringBuilder regex = new StringBuilder();
        for (String part : configured.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append("[^/]+");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex + "(/.*)?");
    }

    private record PathLimit(Pattern pattern, long limit) {
    }
}
