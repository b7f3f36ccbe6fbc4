package org.jewelers.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;

/**
 * Settings that production must be given and that have no default outside the dev and test profiles (database
 * password, token audience). Quarkus reads them as optional, so a missing one would pass unnoticed: a database
 * login without a password, or tokens of any audience. The shared configuration names each, in the prod profile
 * only, as {@code web.required.<name>=${<setting>}}; config mappings are read when the app starts, before it
 * connects anywhere, so a missing setting stops it with {@code SRCFG00011: Could not expand value <setting>}.
 */
@ConfigMapping(prefix = "web.required")
public interface RequiredInProduction {

    /** Each required setting's value by a short name; empty in dev and test. */
    @WithParentName
    Map<String, String> required();
}
