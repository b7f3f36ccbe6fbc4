package org.jewelers.competition;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.jewelers.testing.RealInfrastructure;

/** Every test of this module runs against one real PostgreSQL database of its own and the real Kafka broker. */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "competition"))
public final class TestInfrastructure {
}
