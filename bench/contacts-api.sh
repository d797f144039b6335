#!/usr/bin/env bash
# Contact search through the API (issue 18): for 2 M and then 20 M check-ins (generated as
# bench/tracing.sh does) with persons and venues behind them, the app on embedded PostgreSQL, the
# demo official's token, POST /api/v1/tracing/contacts for 20 cases x rounds timed by the client;
# warm, then cold (PostgreSQL restarted under the running app, then app and PostgreSQL restarted; the
# OS page cache dropped each time when run as root). Prints median and p99 with their ratio to the
# targets, the growth 2 M -> 20 M, the audit rows written, PostgreSQL's time per statement and a
# sampled profile of the request threads. Not part of `mvn verify`. About 3 minutes on 2 cores
# (plus the build); ~6 GB of disk under target/bench-contacts-api while running, removed after.
# Usage: bench/contacts-api.sh [small=2000000] [large=20000000] [rounds=10] [venues=50000] [persons=2000000]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.healthcode.bench.ContactsApiBenchmark "$@"
