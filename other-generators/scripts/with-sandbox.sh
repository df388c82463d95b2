#!/usr/bin/env bash
# Runs one command against a fresh sandbox and stops the sandbox afterwards, whatever happened.
# usage: with-sandbox.sh <java> <sandbox jar> <log file> <command> [args...]
#
# The sandbox is the runnable jar from the reactor, on an in-memory database (it starts from the
# seed every time), on a free loopback port, with credentials made up for this run. The command
# gets COUPONTOOLS_SANDBOX_URL (read from the sandbox's ready line), COUPONTOOLS_CLIENT_ID and
# COUPONTOOLS_CLIENT_SECRET in its environment; its exit status is this script's. The sandbox's
# output (stdout and stderr) goes to the log file; its last lines are printed when the command fails,
# and a WARNING or SEVERE record in it fails the run even when the command passed.
set -euo pipefail
java=$1 jar=$2 log=$3; shift 3
[ "$#" -gt 0 ] || { echo "usage: with-sandbox.sh <java> <sandbox jar> <log file> <command> [args...]" >&2; exit 2; }
[ -f "$jar" ] || { echo "with-sandbox: no sandbox jar at $jar (build the sandbox module first)" >&2; exit 2; }
mkdir -p "$(dirname "$log")"
client_id="smoke-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
client_secret=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
pid="" cmd=""

stop_sandbox() {
  local status=$?
  # Interrupted: the command goes first (it is a child of ours, never a stranger's process).
  if [ -n "$cmd" ] && kill -0 "$cmd" 2>/dev/null; then
    kill -TERM "$cmd" 2>/dev/null || true
    wait "$cmd" 2>/dev/null || true
  fi
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    # The sandbox gives running requests up to 5 s on SIGTERM; after 15 s it is killed.
    for _ in $(seq 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "with-sandbox: the sandbox (PID $pid) did not stop within 15 s of SIGTERM; killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  fi
  if [ "$status" -ne 0 ]; then
    echo "with-sandbox: exit status $status; last lines of the sandbox log $log:" >&2
    tail -n 20 "$log" >&2 || true
  fi
  exit "$status"
}
trap stop_sandbox EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

started=$(date +%s%N)
"$java" -jar "$jar" --data mem --host 127.0.0.1 --port 0 \
  --client-id "$client_id" --client-secret "$client_secret" >"$log" 2>&1 &
pid=$!

# Its one stdout line (warnings go to stderr, into the same log): "Sandbox listening on http://127.0.0.1:<port>".
url=""
for _ in $(seq 1200); do
  url=$(sed -n 's/^Sandbox listening on \(http:\/\/[^ ]*\)$/\1/p' "$log")
  [ -n "$url" ] && break
  kill -0 "$pid" 2>/dev/null || { echo "with-sandbox: the sandbox exited before it was ready" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "with-sandbox: no ready line from the sandbox within 120 s" >&2; exit 1; }
echo "with-sandbox: sandbox ready at $url after $(( ($(date +%s%N) - started) / 1000000 )) ms (PID $pid)"

# In the background and waited for, so that a signal to this script runs the traps at once
# (bash runs a trap only after the foreground command has finished).
COUPONTOOLS_SANDBOX_URL=$url COUPONTOOLS_CLIENT_ID=$client_id COUPONTOOLS_CLIENT_SECRET=$client_secret "$@" &
cmd=$!
status=0
wait "$cmd" || status=$?
cmd=""
# The 0-warnings bar holds for the server too: nothing the client sent may make it warn.
if [ "$status" -eq 0 ] && grep -qE '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:]{8} (WARNING|SEVERE) ' "$log"; then
  echo "with-sandbox: the command passed but the sandbox logged a warning:" >&2
  grep -E -A5 '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:]{8} (WARNING|SEVERE) ' "$log" >&2
  status=1
fi
exit "$status"
