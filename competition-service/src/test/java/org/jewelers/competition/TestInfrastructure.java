package org.jewelers.competition;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.jewelers.testing.RealInfrastructure;
import org.jewelers.testing.RealMail;
import org.jewelers.testing.RealStripe;

/**
 * Every test of this module runs against one real PostgreSQL database of its own, the real Kafka broker, a real
 * SMTP server whose messages tests read back, and the Stripe stub.
 */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "competition"))
@QuarkusTestResource(RealMail.class)
@QuarkusTestResource(RealStripe.class)
public final class TestInfrastructure {
}
