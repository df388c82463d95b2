#!/usr/bin/env bash
# Proves the warning check can fail: fixture logs in a temp dir, each case with its expected exit.
set -uo pipefail
check="$(dirname "$0")/../../scripts/check-generator-logs.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/control.log" <<'LOG'
[main] INFO  o.o.codegen.DefaultGenerator - Generating with dryRun=false
[main] WARN  o.o.codegen.utils.ModelUtils - Failed to get the schema name: null
LOG
cat > "$tmp/noise-only.log" <<'LOG'
[main] INFO  o.o.codegen.DefaultGenerator - Generating with dryRun=false
[main] WARN  o.o.codegen.utils.ModelUtils - Failed to get the schema name: null
[main] INFO  o.o.codegen.TemplateManager - writing file x.py
LOG
cat > "$tmp/spec-warning.log" <<'LOG'
[main] WARN  o.o.codegen.utils.ModelUtils - Failed to get the schema name: null
[main] WARN  o.o.c.l.AbstractPythonCodegen - Codegen property is null (e.g. map/dict of undefined type). Default to typing.Any.
LOG
cat > "$tmp/clean.log" <<'LOG'
[main] INFO  o.o.codegen.DefaultGenerator - Generating with dryRun=false
LOG
cat > "$tmp/empty-control.log" <<'LOG'
[main] INFO  o.o.codegen.DefaultGenerator - Generating with dryRun=false
LOG
cat > "$tmp/error.log" <<'LOG'
[pool-1-thread-2] ERROR o.o.codegen.DefaultCodegen - Unknown type found in the schema
LOG

passed=0 failed=0
expect() { # expect <exit code> <description> <args...>
  local want=$1 what=$2; shift 2
  out=$("$check" "$@" 2>&1); got=$?
  if [ "$got" -eq "$want" ]; then passed=$((passed + 1)); echo "ok   $what"
  else failed=$((failed + 1)); echo "FAIL $what: exit $got, wanted $want"; echo "$out" | sed 's/^/     /'; fi
}
expect 0 "a clean log passes" "ts=$tmp/clean.log:$tmp/empty-control.log"
expect 0 "a warning the control spec also gets is not counted" "py=$tmp/noise-only.log:$tmp/control.log"
expect 1 "a warning about the spec fails the build" "py=$tmp/spec-warning.log:$tmp/control.log"
expect 1 "an ERROR line fails the build" "ts=$tmp/error.log:$tmp/empty-control.log"
expect 1 "the control's noise is not subtracted for another generator" "ts=$tmp/noise-only.log:$tmp/empty-control.log"
expect 1 "one bad log among good ones fails" "ts=$tmp/clean.log:$tmp/empty-control.log" "py=$tmp/spec-warning.log:$tmp/control.log"
expect 2 "a missing log is an error, not a pass" "ts=$tmp/nope.log:$tmp/empty-control.log"
echo "check-generator-logs: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
