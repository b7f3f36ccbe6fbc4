package org.jewelers.events.quarkus;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jewelers.contracts.Contracts;
import org.jewelers.events.envelope.EventFactory;
import org.jewelers.events.support.KafkaConnection;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The contracts and the event factory of this service, replaceable by a service's own beans. */
@Singleton
public class EventsProducers {

    @Produces
    @Singleton
    @DefaultBean
    Contracts contracts() {
        return new Contracts();
    }

    /**
     * Plaintext unless the security settings are given (env {@code KAFKA_SECURITY_PROTOCOL},
     * {@code KAFKA_SASL_MECHANISM}, {@code KAFKA_SASL_JAAS_CONFIG}), as they are against a broker with ACLs.
     */
    @Produces
    @Singleton
    KafkaConnection kafkaConnection(@ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers,
                                    @ConfigProperty(name = "kafka.security.protocol") Optional<String> securityProtocol,
                                    @ConfigProperty(name = "kafka.sasl.mechanism") Optional<String> saslMechanism,
                                    @ConfigProperty(name = "kafka.sasl.jaas.config") Optional<String> saslJaasConfig) {
        Map<String, String> security = new HashMap<>();
        securityProtocol.ifPresent(value -> security.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, value));
        saslMechanism.ifPresent(value -> security.put(SaslConfigs.SASL_MECHANISM, value));
        saslJaasConfig.ifPresent(value -> security.put(SaslConfigs.SASL_JAAS_CONFIG, value));
        return new KafkaConnection(bootstrapServers, security);
    }

    @Produces
    @Singleton
    @DefaultBean
    EventFactory eventFactory(EventsConfig config,
                              @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        return new EventFactory(config.source().orElse("/" + applicationName), Clock.systemUTC());
    }
}
