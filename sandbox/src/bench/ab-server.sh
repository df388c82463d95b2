#!/usr/bin/env bash
# The sandbox on its HTTP server against an older build of it (another jar, e.g. the JDK-server
# one), and both servers' static floors: couponsession/data under wrk, 4 and 16 connections, SQLite
# file, the two alternating twice in one run (compare ratios: the machine is shared).
#   sandbox/src/bench/ab-server.sh OTHER_JAR [SECONDS]      (from the repository root, after mvn package)
set -euo pipefail
cd "$(dirname "$0")/../../.."
other=${1:?OTHER_JAR}
secs=${2:-8}
bench=sandbox/src/bench
jar=sandbox/target/coupontools-sandbox.jar
work=$(mktemp -d /tmp/sandbox-ab.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_port() { for _ in $(seq 1 600); do (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0; sleep 0.1; done; echo "no server on $1" >&2; exit 1; }
started=
start() { # NAME JAR; sets $started to its port (not in a $(…) subshell: the trap must see the PID)
  started=$(port)
  java -Xmx512m -jar "$2" --port "$started" --data "$work/$1" >"$work/$1.log" 2>&1 & pids+=($!)
  wait_port "$started"
}
load() { # NAME PORT
  for c in 4 16; do
    wrk -t1 -c"$c" -d3s -s $bench/session-data.lua "http://127.0.0.1:$2" >/dev/null
    r=$(wrk -t2 -c"$c" -d"${secs}s" -s $bench/session-data.lua "http://127.0.0.1:$2" | grep RESULT)
    printf '| %-34s | %3s | %s |\n' "$1" "$c" "${r#RESULT }"
  done
}
echo "load before: $(uptime)"
start new "$jar"; pn=$started
start old "$other"; po=$started
curl -s -X POST "http://127.0.0.1:$pn/v3/couponsession/data" -H 'Content-Type: application/json' \
  -H 'X-Client-Id: sandbox-client-id' -H 'X-Client-Secret: sandbox-client-secret' \
  -d '{"couponsession":"ujzde8gxd6ncf10epf91d"}' >"$work/answer.json"
pj=$(port); java -cp "$jar" $bench/StaticJettyServer.java "$pj" "$work/answer.json" >/dev/null 2>&1 & pids+=($!); wait_port "$pj"
pk=$(port); java $bench/StaticJdkServer.java "$pk" "$work/answer.json" >/dev/null 2>&1 & pids+=($!); wait_port "$pk"
for round in 1 2; do
  load "sandbox (this build), round $round" "$pn"
  load "sandbox ($(basename "$other")), round $round" "$po"
done
load "Jetty, static answer (floor)" "$pj"
load "JDK HttpServer, static answer" "$pk"
echo "load after: $(uptime)"
