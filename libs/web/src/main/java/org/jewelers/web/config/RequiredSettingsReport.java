package org.jewelers.web.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Names, never values, the production settings the app was given. Its injection point is also what makes Quarkus
 * read {@link RequiredInProduction} when the app starts, and so refuse to start without one of them.
 */
@Singleton
class RequiredSettingsReport {

    private static final Logger LOG = Logger.getLogger(RequiredSettingsReport.class);

    void report(@Observes StartupEvent event, RequiredInProduction settings) {
        if (!settings.required().isEmpty()) {
            LOG.infof("required production settings present: %s", String.join(", ", settings.required().keySet()));
        }
    }
}
