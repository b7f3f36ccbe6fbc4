#!/usr/bin/env bash
# Builds the benchmark with the libraries it measures, then runs it: about a minute on 2 cores.
# The report goes to stdout and to benchmarks/results/relay-<date>.md. See benchmarks/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx768m}"
./mvnw -q -pl benchmarks -am package -DskipTests
exec java -Xmx512m -Dbenchmark.command="benchmarks/run-relay-benchmark.sh" \
  -cp "$(cat benchmarks/target/classpath.txt):benchmarks/target/classes" org.jewelers.benchmarks.RelayBenchmark
