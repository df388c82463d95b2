#!/usr/bin/env bash
# Fails when OpenAPI Generator warned about our spec. Each argument is <name>=<log>:<control log>.
# A WARN/ERROR message that the same generator also prints for control/openapi.yaml (the smallest
# valid spec) is the generator's own noise and is counted apart; every other one is about our
# spec, and the bar is 0. Writes the counts to $SUMMARY (default: stdout only).
set -euo pipefail
# "[main] WARN  o.o.c.Foo - message" -> "WARN o.o.c.Foo - message" (thread names vary)
messages() { grep -E '^\[[^]]*\] (WARN|ERROR) ' "$1" | sed -E 's/^\[[^]]*\] (WARN|ERROR) +/\1 /' || true; }
total=0
report=""
for arg in "$@"; do
  name=${arg%%=*}; logs=${arg#*=}; log=${logs%%:*}; control=${logs#*:}
  [ -f "$log" ] && [ -f "$control" ] || { echo "missing log for $name: $log / $control" >&2; exit 2; }
  noise=$(messages "$control" | sort -u)
  about_spec=$(messages "$log" | grep -vxF -f <(printf '%s\n' "$noise") || true)
  n_all=$(messages "$log" | grep -c . || true)
  n_spec=$(printf '%s' "$about_spec" | grep -c . || true)
  line="$name: $n_spec warning(s) about the spec, $((n_all - n_spec)) generator-internal (also printed for the control spec)"
  echo "$line"; report+="$line"$'\n'
  if [ "$n_spec" -gt 0 ]; then printf '%s\n' "$about_spec" | sed 's/^/  /'; fi
  total=$((total + n_spec))
done
[ -n "${SUMMARY:-}" ] && printf '%s' "$report" > "$SUMMARY"
if [ "$total" -gt 0 ]; then
  echo "OpenAPI Generator warned $total time(s) about the spec (the bar is 0): fix the spec (a title, a named schema …), not the generator config." >&2
  exit 1
fi
