package org.jewelers.devstack;

import java.nio.file.Path;

/** The apps of the system, each built as {@code <module>/target/quarkus-app/quarkus-run.jar}. */
public enum App {
    CAREERS("careers-service", "careers", "/api/v1/career-areas"),
    DIRECTORY("directory-service", "directory", "/api/v1/services"),
    COMPETITION("competition-service", "competition", "/api/v1/editions"),
    GATEWAY("gateway", "gateway", null);

    private final String module;
    private final String shortName;
    private final String publicRoute;

    App(String module, String shortName, String publicRoute) {
        this.module = module;
        this.shortName = shortName;
        this.publicRoute = publicRoute;
    }

    public String module() {
        return module;
    }

    /** Names its database, its database user and, for a service, its upstream in the gateway's configuration. */
    public String shortName() {
        return shortName;
    }

    public boolean isService() {
        return this != GATEWAY;
    }

    /** A service's read that anyone may send through the gateway: it answers 200 once the service is reachable. */
    String publicRoute() {
        return publicRoute;
    }

    Path jar(Path projectRoot) {
        return projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
