#!/usr/bin/env bash
# Overload benchmark (loopback only, bounded: about 2 minutes).
#   bench/overload.sh [seconds a phase=20] [clients within=32] [clients overload=256] [check-in queue capacity=64]
# Starts an embedded PostgreSQL and the app with a small check-in queue, seeds residents and venues,
# drives POST /api/v1/checkins from closed-loop Java clients within capacity and then far beyond it,
# and prints accepted/refused counts with the latency of each: the accepted p99 must stay bounded while
# excess is answered 503 with Retry-After at once.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
exec java ${BENCH_JAVA_OPTS:-} -Xms1g -Xmx3g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.healthcode.bench.OverloadBenchmark "$@"
