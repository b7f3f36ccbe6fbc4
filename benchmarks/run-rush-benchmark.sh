#!/usr/bin/env bash
# Builds the system, starts it on free ports (as the system tests do) and runs the deadline rush against it:
# a few minutes on 2 cores. The report goes to stdout and to benchmarks/results/rush-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx768m}"
./mvnw -q -pl benchmarks,careers-service,directory-service,competition-service,gateway -am package -DskipTests
exec java -Xmx1g -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$(cat benchmarks/target/classpath.txt):benchmarks/target/classes" \
  org.jewelers.benchmarks.rush.DeadlineRush
