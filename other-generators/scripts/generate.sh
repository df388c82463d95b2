#!/usr/bin/env bash
# Runs the pinned OpenAPI Generator CLI once, with its whole log in a file (the warning check
# reads it; the Maven plugin would log into Maven's own output, where nothing can count them).
# usage: generate.sh <java> <cli.jar> <generator> <spec> <output dir> <log file> [additional properties]
set -euo pipefail
java=$1 cli=$2 generator=$3 spec=$4 out=$5 log=$6 props=${7:-}
rm -rf "$out"
mkdir -p "$(dirname "$log")"
args=(generate -g "$generator" -i "$spec" -o "$out")
[ -n "$props" ] && args+=(--additional-properties="$props")
# OnceLogger off: by default the generator logs a repeated message at most once per 2 s, which
# hides a second cause of a message and makes the counts depend on how fast the machine is.
if ! "$java" -Dorg.openapitools.codegen.utils.oncelogger.enabled=false -jar "$cli" "${args[@]}" >"$log" 2>&1; then
  echo "OpenAPI Generator ($generator) failed on $spec; last lines of $log:" >&2
  tail -n 30 "$log" >&2
  exit 1
fi
echo "generated $generator from $spec into $out ($(grep -c 'writing file' "$log") files; log: $log)"
