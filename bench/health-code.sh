#!/usr/bin/env bash
# Health-code read benchmark (loopback only, bounded in time), issue 18.
#   bench/health-code.sh [seconds=30] [concurrency=64] [residents=1000000] [signed-in=20000] [warm-up seconds=60]
# Starts an embedded PostgreSQL and the app on it, seeds residents (signed-in ones get an access
# token), then drives GET /api/v1/me/health-code (sign a fresh token, read status, NAT and
# vaccination) and GET of a static file of the same server, each for the given time after a
# warm-up, and prints reads/s, p50/p99, errors, CPU shares and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
exec java ${BENCH_JAVA_OPTS:-} -Xms2g -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.healthcode.bench.HealthCodeBenchmark "$@"
