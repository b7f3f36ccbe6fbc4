#!/bin/sh
# Gives every service its Kafka user, the platform's topics and exactly the ACLs of access.txt (beside this script,
# generated from org.jewelers.contracts.ServiceAccess), logged in as the broker's administrator. Safe to run again:
# users get their current password, topics and ACLs that exist stay. (An ACL dropped from access.txt is not
# revoked here; remove it with kafka-acls --remove.)
#
# Runs in Kafka's image (apache/kafka) as the compose file's kafka-access service and the cluster's Job kafka-access.
# KAFKA_BOOTSTRAP_SERVERS   the brokers
# KAFKA_SECURITY_PROTOCOL   SASL_PLAINTEXT (default) or SASL_SSL
# KAFKA_ADMIN_USER          a super user of the brokers (default admin), KAFKA_ADMIN_PASSWORD its password
# <SERVICE>_KAFKA_PASSWORD  each user's password, e.g. CAREERS_KAFKA_PASSWORD for careers-service; letters and
#                           digits only (openssl rand -hex 32), as kafka-configs and JAAS take them unquoted
set -eu

bin=${KAFKA_HOME:-/opt/kafka}/bin
access=$(dirname "$0")/access.txt
admin=$(mktemp)
trap 'rm -f "$admin"' EXIT
cat > "$admin" <<PROPERTIES
security.protocol=${KAFKA_SECURITY_PROTOCOL:-SASL_PLAINTEXT}
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${KAFKA_ADMIN_USER:-admin}" password="${KAFKA_ADMIN_PASSWORD:?set KAFKA_ADMIN_PASSWORD}";
PROPERTIES
brokers="--bootstrap-server ${KAFKA_BOOTSTRAP_SERVERS:?set KAFKA_BOOTSTRAP_SERVERS} --command-config $admin"

grep -v -e '^#' -e '^$' "$access" | while read -r kind a b c d; do
  case "$kind" in
    user)
      # user <name>
      variable=$(echo "$a" | sed 's/-service$//' | tr 'a-z-' 'A-Z_')_KAFKA_PASSWORD
      password=$(printenv "$variable") || { echo "set $variable, the Kafka password of $a" >&2; exit 1; }
      case "$password" in
        ''|*[!A-Za-z0-9]*) echo "$variable: letters and digits only, not empty" >&2; exit 1 ;;
      esac
      "$bin/kafka-configs.sh" $brokers --alter --entity-type users --entity-name "$a" \
        --add-config "SCRAM-SHA-512=[iterations=8192,password=$password]"
      ;;
    topic)
      # topic <name> <partitions> <cleanup.policy>
      "$bin/kafka-topics.sh" $brokers --create --if-not-exists --topic "$a" --partitions "$b" --config "cleanup.policy=$c"
      ;;
    allow)
      # allow <user> <topic|group> <name> <Operation,...>: literal ACLs
      operations=$(echo "$d" | sed 's/,/ --operation /g')
      "$bin/kafka-acls.sh" $brokers --add --allow-principal "User:$a" --operation $operations --"$b" "$c"
      ;;
    *)
      echo "unknown line in $access: $kind" >&2
      exit 1
      ;;
  esac
done
