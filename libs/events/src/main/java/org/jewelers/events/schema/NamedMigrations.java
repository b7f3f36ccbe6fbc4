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
 * A library's migrations under one classpath folder, named rather than scanned: classpath scanning of a library
 * jar is not reliable under Quarkus' class loaders.
 */
final class NamedMigrations implements ResourceProvider {

    private final ClassLoader classLoader;
    private final String location;
    private final List<String> files;

    NamedMigrations(ClassLoader classLoader, String location, List<String> files) {
        this.classLoader = classLoader;
        this.location = location.endsWith("/") ? location : location + "/";
        this.files = List.copyOf(files);
    }

    @Override
    public LoadableResource getResource(String name) {
        return files.contains(name) ? new Migration(name) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String... suffixes) {
        return files.stream()
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
            InputStream in = classLoader.getResourceAsStream(location + file);
            if (in == null) {
                throw new IllegalStateException("migration " + location + file + " is missing from the classpath");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return location + file;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return location + file;
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
