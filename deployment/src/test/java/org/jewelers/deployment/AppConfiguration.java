package org.jewelers.deployment;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configuration names an app reads: its own application.properties and the defaults every app shares. An
 * environment variable configures the app only if it is the environment form of one of them (Quarkus' rule:
 * upper case, every other character an underscore).
 */
final class AppConfiguration {

    static final Path ROOT = Path.of("..");
    private static final Path SHARED = ROOT.resolve("libs/web/src/main/resources/META-INF/microprofile-config.properties");

    private final String app;
    private final Set<String> properties = new TreeSet<>();

    private AppConfiguration(String app) {
        this.app = app;
        load(ROOT.resolve(app).resolve("src/main/resources/application.properties"));
        load(SHARED);
    }

    static AppConfiguration of(String app) {
        return new AppConfiguration(app);
    }

    boolean reads(String environmentVariable) {
        return properties.stream().anyMatch(p -> environmentForm(p).equals(environmentVariable));
    }

    int httpPort() {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(app).resolve("src/main/resources/application.properties"))) {
            Properties own = new Properties();
            own.load(reader);
            return Integer.parseInt(own.getProperty("quarkus.http.port"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return app + " reads " + properties;
    }

    private void load(Path file) {
        Properties loaded = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            loaded.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded.stringPropertyNames().forEach(name -> properties.add(name.replaceFirst("^%[^.]+\\.", "")));
    }

    static String environmentForm(String property) {
        return property.replace("\"", "").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
