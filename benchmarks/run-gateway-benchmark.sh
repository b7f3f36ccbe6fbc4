#!/usr/bin/env bash
# Builds the apps and this module, then measures one member search directly, through the gateway and through nginx:
# about 8 minutes on 2 cores. The report goes to stdout and to benchmarks/results/gateway-<date>.md.
# See benchmarks/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

# wrk for throughput, nginx as the plain reverse proxy to compare with (Debian's packages).
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi

export MAVEN_OPTS="${MAVEN_OPTS:--Xmx768m}"
./mvnw -q -pl gateway,directory-service,careers-service,competition-service,benchmarks -am package -DskipTests
exec java -Xmx512m -Dbenchmark.command="benchmarks/run-gateway-benchmark.sh" \
  -cp "$(cat benchmarks/target/classpath.txt):benchmarks/target/classes" \
  org.jewelers.benchmarks.gateway.GatewayBenchmark
