#!/usr/bin/env bash
# Proves with-sandbox.sh stops the sandbox whatever happens and passes the command's verdict on.
# A fake `java` stands in for the sandbox (the real one takes seconds to start): it prints the
# ready line, records its PID and runs until SIGTERM.
set -uo pipefail
script="$(dirname "$0")/../../scripts/with-sandbox.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
touch "$tmp/sandbox.jar"
cat > "$tmp/java" <<'FAKE'
#!/usr/bin/env bash
echo $$ > "$FAKE_DIR/sandbox.pid"
[ -n "${FAKE_EXIT:-}" ] && exit "$FAKE_EXIT"
echo "Sandbox listening on http://127.0.0.1:1"
[ -n "${FAKE_WARN:-}" ] && echo "2026-01-01 00:00:00 WARNING com.coupontools.sandbox: something went wrong" >&2
trap 'exit 0' TERM
while :; do sleep 0.1; done
FAKE
chmod +x "$tmp/java"
export FAKE_DIR=$tmp

passed=0 failed=0
gone() { ! kill -0 "$(cat "$tmp/$1.pid" 2>/dev/null || echo 999999999)" 2>/dev/null; }
expect() { # expect <exit code> <description> <command...>
  local want=$1 what=$2; shift 2
  rm -f "$tmp"/*.pid
  out=$(bash "$script" "$tmp/java" "$tmp/sandbox.jar" "$tmp/sandbox.log" "$@" 2>&1); got=$?
  if [ "$got" -eq "$want" ] && gone sandbox && gone command; then passed=$((passed + 1)); echo "ok   $what"
  else failed=$((failed + 1)); echo "FAIL $what: exit $got, wanted $want; sandbox stopped: $(gone sandbox && echo yes || echo no)"
    echo "$out" | sed 's/^/     /'; fi
}
# shellcheck disable=SC2016  # expanded by the inner shell
env_ok='[ "$COUPONTOOLS_SANDBOX_URL" = http://127.0.0.1:1 ] && [ -n "$COUPONTOOLS_CLIENT_ID" ] && [ -n "$COUPONTOOLS_CLIENT_SECRET" ]'
expect 0 "a passing command passes, with the URL and credentials in its environment" bash -c "$env_ok"
expect 3 "a failing command's exit status is kept, and the sandbox still stopped" bash -c 'exit 3'
FAKE_WARN=1 expect 1 "a sandbox warning fails a passing command" true
FAKE_EXIT=2 expect 1 "a sandbox that exits before its ready line fails the run" true
expect 2 "no command is a usage error" 

# A signal to the script (Ctrl-C, a killed build) stops the command and the sandbox at once.
rm -f "$tmp"/*.pid
bash "$script" "$tmp/java" "$tmp/sandbox.jar" "$tmp/sandbox.log" bash -c 'echo $$ > "$FAKE_DIR/command.pid"; exec sleep 30' >/dev/null 2>&1 &
runner=$!
for _ in $(seq 100); do [ -f "$tmp/command.pid" ] && break; sleep 0.1; done
kill -TERM "$runner"; wait "$runner"; got=$?
sleep 0.3
if [ "$got" -eq 143 ] && gone sandbox && gone command; then passed=$((passed + 1)); echo "ok   SIGTERM to the script stops the command and the sandbox"
else failed=$((failed + 1)); echo "FAIL SIGTERM: exit $got, sandbox stopped: $(gone sandbox && echo yes || echo no), command stopped: $(gone command && echo yes || echo no)"; fi

echo "with-sandbox: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
