package org.jewelers.events.schema;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The migrations under {@code db/events}, named rather than scanned: classpath scanning of a library jar is
 * not reliable under Quarkus' class loaders.
 */
final class EventMigrations implements ResourceProvider {

    static final String LOCATION = "db/events/";
    static final List<String> FILES = List.of(
            "V1__create_outbox.sql",
            "V2__create_inbox.sql",
            "V3__create_read_model_versions.sql");

    private final ClassLoader classLoader;

    EventMigrations(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public LoadableResource getResource(String name) {
        return FILES.contains(name) ? new Migration(name) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String... suffixes) {
        return FILES.stream()
                .filter(file -> file.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(file::endsWith))
                .<LoadableResource>map(Migration::new)
                .toList();
    }

    private final class Migration extends LoadableResource {

        private final String file;

        Migration(String file) {
            this.file = file;
        }

        @Override
        public Reader read() {
            InputStream in = classLoader.getResourceAsStream(LOCATION + file);
            if (in == null) {
                throw new IllegalStateException("migration " + LOCATION + file + " is missing from the classpath");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return LOCATION + file;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return LOCATION + file;
        }

        @Override
        public String getFilename() {
            return file;
        }

        @Override
        public String getRelativePath() {
            return file;
        }
    }
}
