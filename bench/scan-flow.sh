#!/usr/bin/env bash
# Scan page flow benchmark (loopback only, bounded in time), issue 18.
#   bench/scan-flow.sh [seconds=30] [clients=64] [residents=100000] [venues=10000] [warm-up seconds=60] [sessions per client=10]
# Starts an embedded PostgreSQL and the app on it, seeds residents and venues, signs one page
# session in per client, then drives the same closed-loop Java clients first through
# POST /api/v1/checkins and then through the phone's page flow (GET /s/{token}, POST, redirect,
# GET the blue result page), and prints both rates, p50/p99, errors, CPU shares and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
exec java ${BENCH_JAVA_OPTS:-} -Xms2g -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.healthcode.bench.ScanFlowBenchmark "$@"
