#!/usr/bin/env bash
# A throw-away PostgreSQL server for tests and benchmarks, on 127.0.0.1 only.
#
#   scripts/test-postgres.sh start STATE [PORT]   initdb + start a new cluster; writes STATE (shell
#                                                 variables PG_PORT, PG_PASSWORD, PG_DIR, PG_BIN) and
#                                                 prints the JDBC URL of its `postgres` database
#   scripts/test-postgres.sh stop STATE           stop the cluster (immediately) and delete it
#
# The cluster lives in a fresh directory under /tmp, owned by the `postgres` user when run as
# root (the server refuses to run as root), with password authentication (scram-sha-256) for
# the superuser `postgres` on TCP, so the sandbox's SANDBOX_DB_PASSWORD path is what tests use.
# A STATE left by a killed run is stopped and removed by the next start on the same STATE.
# When no PostgreSQL server is installed and we are root, Debian's `postgresql` package is
# installed first (and the cluster the package starts, if any, stopped again).
# Settings are for tests: fsync off (a process crash, which the tests cause, loses nothing
# committed; a power cut could). Pass FSYNC=on for benchmarks.
set -euo pipefail

cmd=${1:?usage: test-postgres.sh start|stop STATE [PORT]}
state=${2:?usage: test-postgres.sh start|stop STATE [PORT]}

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
  [ -f "$state" ] || return 0
  # shellcheck disable=SC1090
  . "$state"
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ]; then
    as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
  rm -f "$state"
}

install_if_missing() {
  [ -n "$(find_bin)" ] && return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "test-postgres: no PostgreSQL server found under /usr/lib/postgresql and cannot install one (not root or no apt-get); install Debian's postgresql package" >&2
    exit 3
  fi
  echo "test-postgres: installing Debian's postgresql package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q postgresql >&2 || { apt-get update -q >&2 && apt-get install -y -q postgresql >&2; }
  # The package may start its default cluster; this script starts its own, so stop that one.
  if command -v pg_lsclusters >/dev/null; then
    pg_lsclusters -h 2>/dev/null | awk '$4 == "online" {print $1, $2}' | while read -r v c; do
      pg_ctlcluster "$v" "$c" stop || true
    done
  fi
}

start() {
  stop
  install_if_missing
  local bin port dir password
  bin=$(find_bin)
  port=${3:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
  dir=$(mktemp -d /tmp/sandbox-pg.XXXXXX)
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  printf '%s\n' "$password" > "$dir/pwfile"
  mkdir "$dir/data"
  if [ "$(id -u)" = 0 ]; then chown -R postgres: "$dir"; fi
  chmod 700 "$dir"
  cat > "$state" <<EOF
PG_PORT=$port
PG_PASSWORD=$password
PG_DIR=$dir
PG_BIN=$bin
EOF
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" -A scram-sha-256 -E UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pwfile"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c max_connections=200 -c fsync=${FSYNC:-off} -c shared_buffers=256MB" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres"
}

case "$cmd" in
  start) start "$@" ;;
  stop) stop ;;
  *) echo "usage: test-postgres.sh start|stop STATE [PORT]" >&2; exit 2 ;;
esac
