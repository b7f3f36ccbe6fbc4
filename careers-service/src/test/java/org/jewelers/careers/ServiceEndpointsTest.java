package org.jewelers.careers;

import io.quarkus.test.junit.QuarkusTest;
import org.jewelers.testing.ServiceEndpointsTests;

@QuarkusTest
class ServiceEndpointsTest extends ServiceEndpointsTests {
}
