package org.jewelers.web.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** One clock for the service, so that rules about time can be tested with a fixed one. */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
