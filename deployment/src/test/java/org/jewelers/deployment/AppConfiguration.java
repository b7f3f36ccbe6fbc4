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
        return Integer.parseInt(own("quarkus.http.port"));
    }

    /** The port of the management interface: metrics and the whole health report, which nothing may publish. */
    int managementPort() {
        return Integer.parseInt(own("quarkus.management.port"));
    }

    /** Whether every app serves its operations endpoints on a management interface (a build-time setting). */
    static boolean managementInterfaceEnabled() {
        return "true".equals(read(SHARED).getProperty("quarkus.management.enabled"));
    }

    private String own(String property) {
        return read(ROOT.resolve(app).resolve("src/main/resources/application.properties")).getProperty(property);
    }

    private static Properties read(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return app + " reads " + properties;
    }

    private void load(Path file) {
        read(file).stringPropertyNames().forEach(name -> properties.add(name.replaceFirst("^%[^.]+\\.", "")));
    }

    static String environmentForm(String property) {
        return property.replace("\"", "").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
