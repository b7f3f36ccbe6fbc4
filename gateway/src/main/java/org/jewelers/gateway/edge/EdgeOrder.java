package org.jewelers.gateway.edge;

/**
 * The order in which the gateway's own handlers see a request, all before the route that answers it and after the
 * request id (org.jewelers.web.requests.RequestIds): CORS (a preflight is answered here), the bearer token, the
 * partner key, the key's usage counting (before the checks and the rate limit that follow, so that it counts the
 * key's 403s and 429s too), the paths only partners may call (which need both), the rate limit, which needs to know
 * who is calling, and last the load shedding, so that only requests that may go on take one of a service's slots.
 */
public final class EdgeOrder {

    public static final int CROSS_ORIGIN = -900;
    public static final int BEARER_TOKEN = -800;
    public static final int API_KEY = -700;
    public static final int KEY_USAGE = -675;
    public static final int PARTNER_ONLY = -650;
    public static final int RATE_LIMIT = -600;
    public static final int LOAD_SHEDDING = -500;

    private EdgeOrder() {
    }
}
