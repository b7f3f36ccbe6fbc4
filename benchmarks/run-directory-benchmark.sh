#!/usr/bin/env bash
# Builds directory-service and this module, then measures the directory's search beside the anchor of issue #21
# (benchmarks/directory-anchor) and beside pgbench running the service's own statements: about 20 minutes on 2 cores.
# The report goes to stdout and to benchmarks/results/directory-search-<date>.md. See benchmarks/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

# wrk for the service's throughput, pgbench (PostgreSQL's client tools) for the database's.
if ! command -v wrk >/dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
if ! command -v pgbench >/dev/null; then
  apt-get update -qq && apt-get install -y -qq postgresql-client postgresql-contrib >/dev/null
fi

export MAVEN_OPTS="${MAVEN_OPTS:--Xmx768m}"
./mvnw -q -pl directory-service,benchmarks -am package -DskipTests
# A copy of the classes: a build started elsewhere in this checkout while the benchmark runs must not pull them away.
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
cp -r benchmarks/target/classes/. "$classes"
java -Xmx512m -Dbenchmark.command="benchmarks/run-directory-benchmark.sh" \
  -cp "$(cat benchmarks/target/classpath.txt):$classes" \
  org.jewelers.benchmarks.directory.DirectoryBenchmark
