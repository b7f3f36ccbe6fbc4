#!/bin/sh
# The compose file's single Kafka node (KRaft, broker and controller) with SASL/SCRAM and ACLs, as the platform's
# services expect it: clients log in on 9092 (SASL_PLAINTEXT, SCRAM-SHA-512) and may do only what an ACL allows
# (deployment/k8s/kafka-access applies the services'); the administrator KAFKA_ADMIN_USER (default admin) is the
# only super user. Its SCRAM credential is written into the storage when it is first formatted. The controller
# listener takes only the administrator (SASL/PLAIN, on the container's loopback: a controller cannot read SCRAM
# credentials, which live in the metadata it serves).
set -eu

user=${KAFKA_ADMIN_USER:-admin}
password=${KAFKA_ADMIN_PASSWORD:?set KAFKA_ADMIN_PASSWORD}
case "$password" in
  ''|*[!A-Za-z0-9]*) echo "KAFKA_ADMIN_PASSWORD: letters and digits only, not empty" >&2; exit 1 ;;
esac
data=/var/lib/kafka/data
config=/tmp/server.properties
scram="org.apache.kafka.common.security.scram.ScramLoginModule required username=\"$user\" password=\"$password\";"

cat > "$config" <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:9093
controller.listener.names=CONTROLLER
listeners=SASL_PLAINTEXT://:9092,CONTROLLER://localhost:9093
advertised.listeners=SASL_PLAINTEXT://kafka:9092
inter.broker.listener.name=SASL_PLAINTEXT
listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
sasl.mechanism.controller.protocol=PLAIN
listener.name.sasl_plaintext.sasl.enabled.mechanisms=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=$scram
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="$user" password="$password" user_$user="$password";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:$user
allow.everyone.if.no.acl.found=false
log.dirs=$data
num.partitions=3
auto.create.topics.enable=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPERTIES

# The health check's login.
cat > /tmp/admin.properties <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=$scram
PROPERTIES

if [ ! -f "$data/meta.properties" ]; then
  /opt/kafka/bin/kafka-storage.sh format -t "$(/opt/kafka/bin/kafka-storage.sh random-uuid)" -c "$config" \
    --add-scram "SCRAM-SHA-512=[name=$user,password=$password]"
fi
exec /opt/kafka/bin/kafka-server-start.sh "$config"
