package org.jewelers.careers.geography;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jewelers.geo.ZipPlaces;

/** The US ZIP list, loaded once per process. */
public class Geography {

    @Produces
    @Singleton
    ZipPlaces zipPlaces() {
        return ZipPlaces.load();
    }
}
