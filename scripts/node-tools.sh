#!/usr/bin/env bash
# Installs the pinned Node tools (Spectral, Redocly, Prism) from package-lock.json into
# ./node_modules, once: `npm ci` runs only when node_modules is missing or older than the lock.
# Called by the spec module's build; safe to run by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v node >/dev/null || { echo "node (>= 20) is required: install Node.js 20+ and npm" >&2; exit 1; }
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing pinned Node tools (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules/.package-lock.json
else
  echo "Pinned Node tools are up to date (node_modules)."
fi
