package org.jewelers.systemtests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jewelers.devstack.App;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each packaged app, started as production starts it (prod profile) with every setting but its database password,
 * refuses to start and names the missing setting, instead of logging in with a default password.
 */
class ProductionSecretsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path workDir;

    @Test
    void noAppStartsWithoutItsDatabasePassword() throws Exception {
        for (App app : App.values()) {
            Path log = workDir.resolve(app.module() + ".log");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                    "-jar", ROOT.resolve(app.module()).resolve("target/quarkus-app/quarkus-run.jar").toString()))
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().clear();
            builder.environment().putAll(java.util.Map.of(
                    "QUARKUS_HTTP_HOST", "127.0.0.1",
                    "QUARKUS_HTTP_PORT", "0",
                    "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/" + app.shortName(),
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                    ROOT.resolve("devstack/src/main/resources/dev-keys/public-key.pem").toString(),
                    "MP_JWT_VERIFY_AUDIENCES", "https://api.jewelers.example",
                    "WEB_PUBLIC_BASE_URL", "https://api.jewelers.example"));
            Process process = builder.start();
            boolean exited = process.waitFor(120, TimeUnit.SECONDS);
            if (!exited) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String output = read(log);
            assertTrue(exited, app.module() + " did not stop: " + output);
            assertNotEquals(0, process.exitValue(), app.module() + " exited normally: " + output);
            assertTrue(output.contains("Could not expand value quarkus.datasource.password"),
                    app.module() + " did not name its missing database password: " + output);
        }
    }

    private static String read(Path log) throws IOException {
        return Files.readString(log);
    }
}
