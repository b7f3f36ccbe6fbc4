package org.jewelers.devstack;

import java.nio.file.Path;

/** The apps of the system, each built as {@code <module>/target/quarkus-app/quarkus-run.jar}. */
public enum App {
    CAREERS("careers-service", "careers"),
    DIRECTORY("directory-service", "directory"),
    COMPETITION("competition-service", "competition"),
    GATEWAY("gateway", "gateway");

    private final String module;
    private final String shortName;

    App(String module, String shortName) {
        this.module = module;
        this.shortName = shortName;
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

    Path jar(Path projectRoot) {
        return projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
