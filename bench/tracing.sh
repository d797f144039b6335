#!/usr/bin/env bash
# Benchmark of the tracing contact query: embedded PostgreSQL, the app's migrations, >= 20 million
# check-ins over 28 days generated in the database, 20 cases with 30 check-ins over 14 days each;
# prints median and p99 of the contact query next to a sequential scan of the same answer.
# Not part of `mvn verify`. Takes about 10 minutes on 2 cores and ~6 GB of disk under target/.
# Usage: bench/tracing.sh [rows=20000000] [venues=50000] [persons=2000000] [seq-scan-cases=5]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.healthcode.checkin.ContactQueryBenchmark "$@"
