package org.jewelers.geo;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The US ZIP list as a CDI bean, loaded once per process, for the apps that search by ZIP. */
public class ZipPlacesProducer {

    @Produces
    @Singleton
    ZipPlaces zipPlaces() {
        return ZipPlaces.load();
    }
}
