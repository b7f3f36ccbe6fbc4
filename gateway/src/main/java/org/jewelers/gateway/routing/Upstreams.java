package org.jewelers.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The services behind the gateway and the path prefixes each one answers, e.g.
 * {@code gateway.upstreams.directory.url=http://127.0.0.1:8082} (env {@code GATEWAY_UPSTREAMS_DIRECTORY_URL}) and
 * {@code gateway.upstreams.directory.prefixes=/api/v1/members,/api/v1/services}.
 */
@ConfigMapping(prefix = "gateway")
public interface Upstreams {

    Map<String, Upstream> upstreams();

    /** How long to wait for a connection to a service before answering 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    interface Upstream {

        URI url();

        List<String> prefixes();
    }
}
