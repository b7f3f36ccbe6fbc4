package org.jewelers.events.quarkus;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jewelers.contracts.Contracts;
import org.jewelers.events.envelope.EventFactory;

import java.time.Clock;

/** The contracts and the event factory of this service, replaceable by a service's own beans. */
@Singleton
public class EventsProducers {

    @Produces
    @Singleton
    @DefaultBean
    Contracts contracts() {
        return new Contracts();
    }

    @Produces
    @Singleton
    @DefaultBean
    EventFactory eventFactory(EventsConfig config,
                              @ConfigProperty(name = "quarkus.application.name") String applicationName,
                              Instance<ObjectMapper> objectMapper) {
        String source = config.source().orElse("/" + applicationName);
        // The application's mapper (quarkus-jackson) knows its customizations; without it, ISO dates still hold.
        ObjectMapper json = objectMapper.isResolvable() ? objectMapper.get() : EventFactory.defaultMapper();
        return new EventFactory(source, Clock.systemUTC(), json);
    }
}
