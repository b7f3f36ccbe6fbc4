package org.jewelers.web.caching;

import java.time.Duration;

/** The kind of public answer, which says how long it may be cached; the lifetimes are in {@link PublicCacheLifetimes}. */
public enum Freshness {
    CHANGING,
    CATALOGUE,
    REFERENCE;

    Duration maxAge(PublicCacheLifetimes lifetimes) {
        return switch (this) {
            case CHANGING -> lifetimes.changing();
            case CATALOGUE -> lifetimes.catalogue();
            case REFERENCE -> lifetimes.reference();
        };
    }
}
