#!/usr/bin/env bash
# Start-up benchmark (loopback only, bounded in time), issue 18.
#   bench/startup.sh [runs=3]
# (a) `mvn spring-boot:run` started a second time on an existing data folder: wall time from
#     launching the command to the first HTTP 200 on / and Spring's own "Started ... in X seconds";
# (b) the packaged jar (`java -jar target/*.jar`) on the same data folder, to the first 200 on /;
# (c) used heap after a full GC once started (jcmd GC.run, then GC.heap_info);
# (d) the jar as Spring Boot documents it for deployment with class data sharing: extracted once
#     (java -Djarmode=tools -jar ... extract), a training run writes the CDS archive
#     (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh), then started with it
#     (-XX:SharedArchiveFile), to the first 200 on /.
# Each figure is printed with its target and ratio (figure / target; ≤ 1 meets it). The app runs
# on a free loopback port with its own data folder (BENCH_DATA, default target/startup-bench/data)
# so a developer's ./data is never touched; everything started here is stopped on exit or Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
DATA=${BENCH_DATA:-target/startup-bench/data}
LOGS=target/startup-bench
WAIT=${BENCH_WAIT:-180}
TARGET_MVN=10 TARGET_JAR=8 TARGET_HEAP_MB=256
mkdir -p "$LOGS"

PGID=""
stop_app() {
	# the app was started in a session of its own: TERM to its whole group (Maven and the forked
	# JVM) lets it shut down gracefully and stop its embedded PostgreSQL; KILL after 60 s
	[ -n "$PGID" ] || return 0
	kill -TERM -- "-$PGID" 2>/dev/null || true
	for _ in $(seq 1 600); do
		kill -0 -- "-$PGID" 2>/dev/null || { PGID=""; return 0; }
		sleep 0.1
	done
	kill -KILL -- "-$PGID" 2>/dev/null || true
	PGID=""
}
trap 'stop_app' EXIT
trap 'stop_app; exit 130' INT TERM

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

now() { date +%s.%N; }

# start_and_time <log> <command...>: launches the command in its own session, waits for the
# first 200 on / and sets SECONDS_TO_200 (wall, from launch) and APP_PID (the listening JVM)
start_and_time() {
	local log=$1; shift
	local start end code
	start=$(now)
	setsid "$@" >"$log" 2>&1 &
	PGID=$!
	while :; do
		code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$PORT/" || true)
		[ "$code" = 200 ] && break
		if ! kill -0 "$PGID" 2>/dev/null; then echo "the app exited before answering, see $log"; tail -30 "$log"; exit 1; fi
		if (($(echo "$(now) - $start > $WAIT" | bc))); then echo "no 200 on / within ${WAIT}s, see $log"; exit 1; fi
		sleep 0.05
	done
	end=$(now)
	SECONDS_TO_200=$(printf "%.2f" "$(echo "$end - $start" | bc)")
	APP_PID=$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
	# CPU seconds spent so far by the app's JVM and, for spring-boot:run, Maven's: on a machine shared
	# with other builds the wall time varies with their load, this much less
	CPU_TO_200=$(cat /proc/"$APP_PID"/stat $([ "$APP_PID" != "$PGID" ] && echo /proc/"$PGID"/stat) |
		awk -v hz="$(getconf CLK_TCK)" '{ t += $14 + $15 } END { printf "%.1f", t / hz }')
}

spring_started() { grep -o 'Started HealthCodeApplication in [0-9.]* seconds' "$1" | grep -o '[0-9.]*' | head -1; }

# used heap (MB) after a full GC of the given JVM
used_heap_mb() {
	jcmd "$1" GC.run >/dev/null
	jcmd "$1" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*' | awk '{printf "%.0f", $1 / 1024}'
}

ratio() { echo "scale=2; $1 / $2" | bc; }

report() { printf '%-44s %8s %-3s target %4s  ratio %s\n' "$1" "$2" "$3" "$4" "$(ratio "$2" "$4")"; }

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), nproc $(nproc), $(free -g | awk '/Mem:/ {print $2 " GB RAM"}')"
echo "java: $(java -version 2>&1 | head -1); maven: $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other builds may share this machine)"

echo "packaging once: mvn -q -DskipTests package"
mvn -q -B -DskipTests package
JAR=$(ls target/*.jar | grep -v original | head -1)
PORT=$(free_port)
ARGS="--server.port=$PORT --server.address=127.0.0.1 --healthcode.data-dir=$DATA"

if [ ! -f "$DATA/postgres/PG_VERSION" ]; then
	echo "first start (creates $DATA): mvn spring-boot:run"
	start_and_time "$LOGS/first.log" mvn -B spring-boot:run "-Dspring-boot.run.arguments=$ARGS"
	echo "  first start: ${SECONDS_TO_200}s to 200 (Spring: $(spring_started "$LOGS/first.log")s)"
	stop_app
fi

CDS=$LOGS/cds
echo "extracting the jar and writing its class data sharing archive once (training run)"
rm -rf "$CDS"
java -Djarmode=tools -jar "$JAR" extract --destination "$CDS" >/dev/null
CDS_JAR=$CDS/$(basename "$JAR")
PORT=$(free_port)
java -XX:ArchiveClassesAtExit="$CDS/app.jsa" -Dspring.context.exit=onRefresh -jar "$CDS_JAR" $ARGS >"$LOGS/cds-training.log" 2>&1
[ -s "$CDS/app.jsa" ] || { echo "no CDS archive written, see $LOGS/cds-training.log"; exit 1; }

MVN_WALL=() MVN_SPRING=() MVN_CPU=() JAR_WALL=() JAR_SPRING=() JAR_CPU=() HEAP=() CDS_WALL=() CDS_SPRING=() CDS_CPU=()
for run in $(seq 1 "$RUNS"); do
	PORT=$(free_port)
	ARGS="--server.port=$PORT --server.address=127.0.0.1 --healthcode.data-dir=$DATA"
	start_and_time "$LOGS/mvn-$run.log" mvn -B spring-boot:run "-Dspring-boot.run.arguments=$ARGS"
	MVN_WALL+=("$SECONDS_TO_200") MVN_SPRING+=("$(spring_started "$LOGS/mvn-$run.log")") MVN_CPU+=("$CPU_TO_200")
	echo "  run $run mvn spring-boot:run: ${SECONDS_TO_200}s to 200, Spring ${MVN_SPRING[-1]}s, CPU ${CPU_TO_200}s (Maven + app), load $(cut -d' ' -f1 /proc/loadavg), jvm flags: $(jcmd "$APP_PID" VM.command_line | grep '^jvm_args' | cut -d: -f2- | xargs)"
	stop_app
	PORT=$(free_port)
	start_and_time "$LOGS/jar-$run.log" java ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port=$PORT --server.address=127.0.0.1 --healthcode.data-dir=$DATA
	JAR_WALL+=("$SECONDS_TO_200") JAR_SPRING+=("$(spring_started "$LOGS/jar-$run.log")") JAR_CPU+=("$CPU_TO_200")
	HEAP+=("$(used_heap_mb "$APP_PID")")
	echo "  run $run java -jar: ${SECONDS_TO_200}s to 200, Spring ${JAR_SPRING[-1]}s, CPU ${CPU_TO_200}s, load $(cut -d' ' -f1 /proc/loadavg), used heap after GC ${HEAP[-1]} MB, RSS $(($(ps -o rss= -p "$APP_PID") / 1024)) MB, max heap $(jcmd "$APP_PID" VM.flags | grep -o 'MaxHeapSize=[0-9]*' | head -1 | cut -d= -f2 | awk '{printf "%.0f MB", $1/1048576}')"
	stop_app
	PORT=$(free_port)
	start_and_time "$LOGS/cds-$run.log" java ${BENCH_JAVA_OPTS:-} -XX:SharedArchiveFile="$CDS/app.jsa" -jar "$CDS_JAR" --server.port=$PORT --server.address=127.0.0.1 --healthcode.data-dir=$DATA
	CDS_WALL+=("$SECONDS_TO_200") CDS_SPRING+=("$(spring_started "$LOGS/cds-$run.log")") CDS_CPU+=("$CPU_TO_200")
	echo "  run $run java -XX:SharedArchiveFile -jar (extracted): ${SECONDS_TO_200}s to 200, Spring ${CDS_SPRING[-1]}s, CPU ${CPU_TO_200}s, load $(cut -d' ' -f1 /proc/loadavg)"
	stop_app
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo
echo "median of $RUNS runs (load average now: $(cut -d' ' -f1-3 /proc/loadavg)):"
report "mvn spring-boot:run, launch to first 200 on /" "$(median "${MVN_WALL[@]}")" s "$TARGET_MVN"
printf '%-44s %8s s\n' "  Spring's own 'Started ... in'" "$(median "${MVN_SPRING[@]}")" "  CPU of Maven + app to first 200" "$(median "${MVN_CPU[@]}")"
report "java -jar, launch to first 200 on /" "$(median "${JAR_WALL[@]}")" s "$TARGET_JAR"
printf '%-44s %8s s\n' "  Spring's own 'Started ... in'" "$(median "${JAR_SPRING[@]}")" "  CPU of the app to first 200" "$(median "${JAR_CPU[@]}")"
report "used heap after start and a full GC" "$(median "${HEAP[@]}")" MB "$TARGET_HEAP_MB"
report "java -jar extracted, with CDS, to first 200 on /" "$(median "${CDS_WALL[@]}")" s "$TARGET_JAR"
printf '%-44s %8s s\n' "  Spring's own 'Started ... in'" "$(median "${CDS_SPRING[@]}")" "  CPU of the app to first 200" "$(median "${CDS_CPU[@]}")"
