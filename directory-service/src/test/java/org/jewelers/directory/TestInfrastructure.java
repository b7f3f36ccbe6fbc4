package org.jewelers.directory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.jewelers.testing.RealInfrastructure;
import org.jewelers.testing.RealMail;

/**
 * Every test of this module runs against one real PostgreSQL database of its own, the real Kafka broker and the
 * test JVM's SMTP server.
 */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "directory"))
@QuarkusTestResource(RealMail.class)
public final class TestInfrastructure {
}
