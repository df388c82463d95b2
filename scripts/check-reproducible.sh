#!/usr/bin/env bash
# Reproducibility check: builds the published artifacts twice, each time from a fresh copy of
# this working tree without any target/ (as a clean clone has it), and compares every published
# file byte for byte (sha256). Exit 1 if any differs.
#
#   scripts/check-reproducible.sh [WORK_DIR]     (default: a new temp dir, kept for inspection)
#
# Uses your local Maven repository read-only (package, no install). The pinned Node tools are
# linked from ./node_modules, not copied. `mvn verify` runs the same comparison once, between its
# own files and a clean rebuild (publishing-test).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$(mktemp -d -t ct-repro.XXXXXX)}
modules=spec,sdk-java,bom,sandbox
# patterns, expanded inside each build's directory
published='spec/target/.flattened-pom.xml spec/target/coupontools-openapi-*.jar spec/target/openapi.yaml
  spec/target/openapi.json sdk-java/target/.flattened-pom.xml sdk-java/target/coupontools-java-*.jar
  sandbox/target/.flattened-pom.xml sandbox/target/coupontools-sandbox*.jar bom/target/.flattened-pom.xml'

# $1 = from, $2 = to: the sources only (no .git, target/, node_modules, sandbox data)
fresh_copy() {
  rm -rf "$2" && mkdir -p "$2"
  (cd "$1" && tar -cf - --exclude=./.git --exclude=./node_modules --exclude='*/target' --exclude=./target \
    --exclude='*/sandbox-data' .) | tar -xf - -C "$2"
  set -- "$2"
  if [ -d "$root/node_modules/.bin" ]; then
    mkdir -p "$1/node_modules"
    ln -s "$root/node_modules/.bin" "$1/node_modules/.bin"
    # the install marker, newer than the lock file: scripts/node-tools.sh sees the tools as installed
    if [ -f "$root/node_modules/.package-lock.json" ]; then
      cp "$root/node_modules/.package-lock.json" "$1/node_modules/" && touch "$1/node_modules/.package-lock.json"
    fi
  fi
}

# one snapshot of the tree first, so an edit made while build 1 runs cannot reach build 2
fresh_copy "$root" "$work/src"
for n in 1 2; do
  dir="$work/build$n"
  fresh_copy "$work/src" "$dir"
  echo "build $n: $dir (log: $dir.log)"
  start=$(date +%s)
  if ! (cd "$dir" && mvn -B package -DskipTests -Djib.skip=true -pl "$modules" -am) > "$dir.log" 2>&1; then
    tail -40 "$dir.log"
    echo "build $n failed" >&2
    exit 1
  fi
  echo "  $(( $(date +%s) - start )) s"
  # shellcheck disable=SC2086 # the patterns must split and glob
  (cd "$dir" && for f in $published; do
     printf '%s %10d %s\n' "$(sha256sum "$f" | cut -c1-64)" "$(stat -c %s "$f")" "$f"
   done) > "$work/build$n.sha256"
done

# 15 = the published files listed in publishing-test's PublishingTest.PUBLISHED
count=$(wc -l < "$work/build1.sha256")
[ "$count" -eq 15 ] || { echo "expected 15 published files, found $count" >&2; cat "$work/build1.sha256" >&2; exit 1; }

echo
echo "sha256 (first 16)   bytes  file"
paste -d' ' "$work/build1.sha256" "$work/build2.sha256" | while read -r h1 s1 f1 h2 s2 f2; do
  [ "$h1" = "$h2" ] && verdict=identical || verdict=DIFFERENT
  printf '%s %10s  %-60s %s\n' "${h1:0:16}" "$s1" "$f1" "$verdict"
done
if cmp -s "$work/build1.sha256" "$work/build2.sha256"; then
  echo "REPRODUCIBLE: $(wc -l < "$work/build1.sha256") published files byte-identical in two clean builds"
else
  echo "NOT REPRODUCIBLE: see $work/build1.sha256 and $work/build2.sha256" >&2
  exit 1
fi
