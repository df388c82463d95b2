#!/usr/bin/env bash
# couponsession/data under wrk, 4 and 16 connections, on: the sandbox (SQLite file, PostgreSQL
# with one replica, two replicas), Jetty with a static answer (the sandbox's server's own
# floor), WireMock standalone and Prism's mock serving a static answer. Same load generator, same
# call, one after the other in one run: compare ratios (the machine is shared).
#
#   sandbox/src/bench/compare.sh [SECONDS]        (from the repository root, after mvn package)
# Needs wrk (Debian package), the sandbox jar, the pinned Prism (scripts/node-tools.sh) and
# WireMock (fetched into the local Maven repository). PostgreSQL: scripts/test-postgres.sh, fsync on.
set -euo pipefail
cd "$(dirname "$0")/../../.."
secs=${1:-10}
bench=sandbox/src/bench
work=$(mktemp -d /tmp/sandbox-bench.XXXXXX)
jar=sandbox/target/coupontools-sandbox.jar
mvn -B -q dependency:copy -Dartifact=org.wiremock:wiremock-standalone:3.13.2 -DoutputDirectory="$work" >/dev/null
wiremock=$work/wiremock-standalone-3.13.2.jar
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  scripts/test-postgres.sh stop "$work/pg.state" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_port() { for _ in $(seq 1 600); do (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0; sleep 0.1; done; echo "no server on $1" >&2; exit 1; }
sandbox() { # PORT DATA
  java -Xmx512m -jar "$jar" --port "$1" --data "$2" >"$work/sandbox-$1.log" 2>&1 & pids+=($!); wait_port "$1"
}
# wrk against one or two ports; 2 ports split the connections (two replicas).
load() { # NAME CONNECTIONS PORT [PORT2]
  local name=$1 c=$2
  shift 2
  for p in "$@"; do wrk -t1 -c"$c" -d"${secs}s" -s $bench/session-data.lua "http://127.0.0.1:$p" >/dev/null; done  # warm-up (JIT)
  if [ $# = 1 ]; then
    r=$(wrk -t2 -c"$c" -d"${secs}s" -s $bench/session-data.lua "http://127.0.0.1:$1" | grep RESULT)
  else
    wrk -t1 -c$((c / 2)) -d"${secs}s" -s $bench/session-data.lua "http://127.0.0.1:$1" | grep RESULT >"$work/a" &
    local first=$!
    wrk -t1 -c$((c / 2)) -d"${secs}s" -s $bench/session-data.lua "http://127.0.0.1:$2" | grep RESULT >"$work/b"
    wait "$first"
    r=$(python3 - "$work/a" "$work/b" <<'PY'
import re, sys
v = [dict(re.findall(r'(\S+?)=([\d.]+)', open(f).read())) for f in sys.argv[1:]]
print("RESULT req/s=%.0f p50=%.2fms p99=%.2fms errors=%d non2xx=%d (sum of two; worst percentiles)" % (
  sum(float(x['req/s']) for x in v), max(float(x['p50']) for x in v), max(float(x['p99']) for x in v),
  sum(int(x['errors']) for x in v), sum(int(x['non2xx']) for x in v)))
PY
)
  fi
  printf '| %-44s | %3s | %s |\n' "$name" "$c" "${r#RESULT }"
}

echo "load before: $(uptime)"
p=$(port); sandbox "$p" "$work/sqlite"
curl -s -X POST "http://127.0.0.1:$p/v3/couponsession/data" -H 'Content-Type: application/json' \
  -H 'X-Client-Id: sandbox-client-id' -H 'X-Client-Secret: sandbox-client-secret' \
  -d '{"couponsession":"ujzde8gxd6ncf10epf91d"}' >"$work/answer.json"
for c in 4 16; do load "sandbox, SQLite file" $c "$p"; done

FSYNC=on scripts/test-postgres.sh start "$work/pg.state" >/dev/null
. "$work/pg.state"
export SANDBOX_DB_PASSWORD=$PG_PASSWORD
url="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres?user=postgres"
p1=$(port); sandbox "$p1" "$url"
for c in 4 16; do load "sandbox, PostgreSQL, 1 replica" $c "$p1"; done
p2=$(port); sandbox "$p2" "$url"
for c in 4 16; do load "sandbox, PostgreSQL, 2 replicas" $c "$p1" "$p2"; done

ps=$(port); java -cp "$jar" $bench/StaticJettyServer.java "$ps" "$work/answer.json" >/dev/null 2>&1 & pids+=($!); wait_port "$ps"
for c in 4 16; do load "Jetty, static answer (floor)" $c "$ps"; done

pw=$(port); mkdir -p "$work/wm/mappings"
python3 - "$work/answer.json" >"$work/wm/mappings/data.json" <<'PY'
import json, sys
print(json.dumps({"request": {"method": "POST", "url": "/v3/couponsession/data"},
                  "response": {"status": 200, "headers": {"Content-Type": "application/json"},
                               "body": open(sys.argv[1]).read()}}))
PY
java -Xmx512m -jar "$wiremock" --port "$pw" --bind-address 127.0.0.1 --root-dir "$work/wm" --no-request-journal \
  --disable-banner >"$work/wiremock.log" 2>&1 & pids+=($!); wait_port "$pw"
for c in 4 16; do load "WireMock 3.13.2 standalone, static stub" $c "$pw"; done

pp=$(port)
CHOKIDAR_USEPOLLING=1 CHOKIDAR_INTERVAL=60000 node_modules/.bin/prism mock -h 127.0.0.1 -p "$pp" \
  spec/target/bundle/openapi.yaml >"$work/prism.log" 2>&1 & pids+=($!); wait_port "$pp"
for c in 4 16; do load "Prism 5 mock (spec example)" $c "$pp"; done
echo "load after: $(uptime)"
