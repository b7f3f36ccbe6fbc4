package org.jewelers.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.jewelers.testing.ServiceEndpointsTests;

@QuarkusTest
class ServiceEndpointsTest extends ServiceEndpointsTests {
}
