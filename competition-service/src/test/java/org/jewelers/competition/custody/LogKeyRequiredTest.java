package org.jewelers.competition.custody;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.jewelers.web.config.RequiredInProduction;
import org.junit.jupiter.api.Test;

/** The custody log's key as the service reads its configuration: production must give it, dev and test have one. */
class LogKeyRequiredTest {

    private static final Map<String, String> PRODUCTION = Map.of("quarkus.datasource.password", "s3cret",
            "mp.jwt.verify.audiences", "https://api.jewelers.example");

    @Test
    void productionWithoutTheKeyDoesNotStartAndSaysWhy() {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> config("prod", PRODUCTION));
        assertTrue(refused.getMessage().contains("CUSTODY_LOG_KEY"), refused.getMessage());
    }

    @Test
    void productionStartsWithTheKey() throws IOException {
        Map<String, String> given = new HashMap<>(PRODUCTION);
        given.put("CUSTODY_LOG_KEY", "a production secret");
        SmallRyeConfig config = config("prod", given);
        assertEquals("a production secret", config.getValue("competition.custody.log-key", String.class));
        assertEquals("a production secret",
                config.getConfigMapping(RequiredInProduction.class).required().get("custody-log-key"));
    }

    @Test
    void devAndTestHaveAKeyOfTheirOwn() throws IOException {
        for (String profile : new String[] {"dev", "test"}) {
            assertTrue(!config(profile, Map.of()).getValue("competition.custody.log-key", String.class).isBlank());
        }
    }

    /** The environment (ordinal 300) over the service's application.properties (250) and the web library's (100). */
    private static SmallRyeConfig config(String profile, Map<String, String> given) throws IOException {
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(
                        LogKeyRequiredTest.class.getResource("/META-INF/microprofile-config.properties"), 100))
                .withSources(new PropertiesConfigSource(LogKeyRequiredTest.class.getResource("/application.properties"), 250))
                .withSources(new PropertiesConfigSource(given, "environment", 300))
                .withMapping(RequiredInProduction.class)
                .build();
    }
}
