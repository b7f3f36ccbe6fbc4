package org.jewelers.testing;

/**
 * The real PostgreSQL and Kafka that tests run against, one of each per JVM.
 *
 * <p>Servers named in the environment are used as they are ({@code TEST_PG_URL} with {@code TEST_PG_USER} and
 * {@code TEST_PG_PASSWORD}; {@code TEST_KAFKA_BOOTSTRAP}); whatever is not named is started here and stopped when
 * the JVM exits. Tests only ever work in databases they created themselves.
 */
public final class Infrastructure {

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static KafkaBroker kafkaWithAccessControl;

    private Infrastructure() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = PostgresServer.fromEnvironment();
        }
        return postgres;
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = KafkaBroker.fromEnvironment();
        }
        return kafka;
    }

    /**
     * A second broker, started here whatever the environment names: SASL/SCRAM logins and the services' ACLs, as
     * the deployments run Kafka. Only the tests of access control use it; everything else uses {@link #kafka()}.
     */
    public static synchronized KafkaBroker kafkaWithAccessControl() {
        if (kafkaWithAccessControl == null) {
            kafkaWithAccessControl = KafkaBroker.withAccessControl();
        }
        return kafkaWithAccessControl;
    }
}
