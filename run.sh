#!/usr/bin/env bash
# Runs the whole system on this machine with nothing installed but a JDK: builds what is missing, then starts
# PostgreSQL, Kafka, the three services and the gateway, and stops them all on Ctrl-C.
#   ./run.sh                   start; data is kept in .run/ between starts
#   ./run.sh --reset           wipe .run/ first, then start with fresh demo data
#   ./run.sh token <role> ...  print a DEV ONLY token: staff | judge | entrant <member-id> | member <member-id>
# PG_URL (+ PG_USER, PG_PASSWORD) and KAFKA_BOOTSTRAP name servers to use instead of starting them here.
set -euo pipefail
RUN_STARTED_MS=$(date +%s%3N)
export RUN_STARTED_MS
cd "$(dirname "$0")"

apps=(careers-service directory-service competition-service gateway)
launcher_classpath=devstack/target/devstack.classpath

built_artifacts() {
  ls devstack/target/devstack-*.jar "$launcher_classpath" 2>/dev/null || true
  if [[ ${1:-} != token ]]; then
    for app in "${apps[@]}"; do ls "$app/target/quarkus-app/quarkus-run.jar" 2>/dev/null || true; done
  fi
}

needs_build() {
  local artifacts expected=6
  [[ ${1:-} == token ]] && expected=2
  mapfile -t artifacts < <(built_artifacts "${1:-}")
  (( ${#artifacts[@]} == expected )) || return 0
  local oldest sources=(.)
  oldest=$(ls -t "${artifacts[@]}" | tail -n 1)
  [[ ${1:-} == token ]] && sources=(pom.xml devstack libs/kafka-broker)
  # A source file or pom changed since the oldest artifact was built: rebuild (Maven skips what is current).
  [[ -n $(find "${sources[@]}" \( -path ./.git -o -path ./.run -o -name target \) -prune -o \
    \( -path '*/src/*' -o -name pom.xml \) -type f -newer "$oldest" -print -quit) ]]
}

if needs_build "${1:-}"; then
  scope=()
  [[ ${1:-} == token ]] && scope=(-pl devstack -am)
  echo "Building (./mvnw -q -DskipTests install ${scope[*]}) ..." >&2
  ./mvnw -q -DskipTests install "${scope[@]}" >&2
  # Maven leaves an up-to-date jar untouched; mark the artifacts as checked so the next start skips the build.
  mapfile -t artifacts < <(built_artifacts "${1:-}")
  touch "${artifacts[@]}"
fi

# exec: the launcher replaces this shell, so Ctrl-C and kill reach it directly and its shutdown hook stops
# every process it started.
exec java -Xmx256m -XX:+UseSerialGC -cp "$(ls devstack/target/devstack-*.jar):$(cat "$launcher_classpath")" \
  org.jewelers.devstack.Main "$@"
