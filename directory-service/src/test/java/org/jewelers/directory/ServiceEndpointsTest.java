package org.jewelers.directory;

import io.quarkus.test.junit.QuarkusTest;
import org.jewelers.testing.ServiceEndpointsTests;

@QuarkusTest
class ServiceEndpointsTest extends ServiceEndpointsTests {
}
