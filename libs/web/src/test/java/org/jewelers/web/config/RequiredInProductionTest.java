package org.jewelers.web.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared configuration as the apps read it, in each profile, with and without the production settings. */
class RequiredInProductionTest {

    private static final Map<String, String> PRODUCTION = Map.of(
            "quarkus.datasource.password", "s3cret", "mp.jwt.verify.audiences", "https://api.jewelers.example");

    @Test
    void productionWithoutTheDatabasePasswordDoesNotStartAndSaysWhy() throws IOException {
        String why = refusal(Map.of("mp.jwt.verify.audiences", "https://api.jewelers.example"));
        assertTrue(why.contains("quarkus.datasource.password"), why);
    }

    @Test
    void productionWithoutTheTokenAudienceDoesNotStartAndSaysWhy() throws IOException {
        String why = refusal(Map.of("quarkus.datasource.password", "s3cret"));
        assertTrue(why.contains("mp.jwt.verify.audiences"), why);
    }

    @Test
    void productionStartsWithEveryRequiredSetting() throws IOException {
        assertEquals(Map.of("database-password", "s3cret", "token-audiences", "https://api.jewelers.example"),
                config("prod", PRODUCTION).getConfigMapping(RequiredInProduction.class).required());
    }

    @Test
    void devAndTestNeedNone() throws IOException {
        for (String profile : new String[] {"dev", "test"}) {
            assertEquals(Map.of(), config(profile, Map.of()).getConfigMapping(RequiredInProduction.class).required());
        }
    }

    private static String refusal(Map<String, String> given) {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> config("prod", given));
        return refused.getMessage();
    }

    /** What the environment gives (ordinal 300) over the web library's shared configuration (ordinal 100). */
    private static SmallRyeConfig config(String profile, Map<String, String> given) throws IOException {
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(
                        RequiredInProductionTest.class.getResource("/META-INF/microprofile-config.properties"), 100))
                .withSources(new PropertiesConfigSource(given, "environment", 300))
                .withMapping(RequiredInProduction.class)
                .build();
    }
}
