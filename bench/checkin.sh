#!/usr/bin/env bash
# Check-in throughput benchmark (loopback only, bounded in time).
#   bench/checkin.sh [seconds=30] [concurrency=64] [residents=100000] [venues=10000] [warm-up seconds=60]
# Starts an embedded PostgreSQL and the app on it, seeds residents and venues, drives
# POST /api/v1/checkins for the given time, then runs pgbench single-row INSERTs of the same row
# shape against the same database, and prints check-ins/s, p50/p99, errors and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in pgbench wrk; do command -v "$tool" >/dev/null || { echo "$tool is needed: apt-get install -y postgresql-client wrk"; exit 1; }; done
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
exec java ${BENCH_JAVA_OPTS:-} -Xms2g -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.healthcode.bench.CheckInBenchmark "$@"
