package org.jewelers.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

class InfrastructureTest {

    @Test
    void eachTestDatabaseIsItsOwn() throws Exception {
        TestDatabase first = Infrastructure.postgres().createDatabase("infra");
        TestDatabase second = Infrastructure.postgres().createDatabase("infra");
        assertNotEquals(first.name(), second.name());
        try (Connection connection = first.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table marker (id int)");
            try (ResultSet rs = statement.executeQuery("select current_database()")) {
                rs.next();
                assertEquals(first.name(), rs.getString(1));
            }
        }
        try (Connection connection = second.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from information_schema.tables where table_name = 'marker'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void aManagedBrokerComesBackOnTheSamePortWithItsTopics() throws Exception {
        KafkaBroker kafka = Infrastructure.kafka();
        kafka.createTopic("infra.restart.v1", 3, Map.of());
        assumeTrue(kafka.isManaged(), "the broker named by TEST_KAFKA_BOOTSTRAP is not ours to restart");
        String before = kafka.bootstrapServers();
        kafka.stop();
        kafka.start();
        assertEquals(before, kafka.bootstrapServers());
        try (Admin admin = kafka.admin()) {
            int partitions = admin.describeTopics(java.util.List.of("infra.restart.v1")).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get("infra.restart.v1").partitions().size();
            assertEquals(3, partitions);
        }
    }
}
