#!/usr/bin/env bash
# Lab result import benchmark (loopback only, bounded: about 5 minutes at full size).
#   bench/lab-import.sh [persons=1000000] [positive tubes in the file=10] [latency rounds=5] [warm-up tubes=5000]
# Starts a durable embedded PostgreSQL and the app on it, seeds the persons in closed ten-person
# tubes (bulk SQL), imports their results as one CSV file through POST /api/v1/lab/results/import
# as a lab, polls GET /api/v1/lab/imports/{jobId} until done and prints person-results/s and the
# ratio to the target (20,000/s); then imports files of one positive pooled tube and prints the time
# until its ten people read YELLOW through GET /api/v1/me/health-code.
# Develop with a small size, e.g. bench/lab-import.sh 50000 5 3 1000
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
exec java ${BENCH_JAVA_OPTS:-} -Xms1g -Xmx3g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.healthcode.bench.LabImportBenchmark "$@"
