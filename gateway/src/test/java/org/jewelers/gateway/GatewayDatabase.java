package org.jewelers.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.TestDatabase;

/**
 * Every test of this module runs against a real PostgreSQL database of its own. Unlike the services' tests it asks
 * for no Kafka broker: the gateway neither produces nor consumes events, and a broker would only cost a child JVM.
 */
@QuarkusTestResource(GatewayDatabase.class)
public final class GatewayDatabase implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestDatabase database = Infrastructure.postgres().createDatabase("gateway");
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.user(),
                "quarkus.datasource.password", database.password() == null ? "" : database.password());
    }

    @Override
    public void stop() {
        // The server is shared by the whole JVM and stopped at its exit; the database is dropped then.
    }
}
