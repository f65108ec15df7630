#!/usr/bin/env bash
# Installs what the project needs, once: npm packages (from the lock file), the Temporal CLI and server (built from source)
# and Chromium, the browser the web UI's tests drive.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages..."
  # npm install, not npm ci: it installs the locked versions and tolerates a lock file written on one platform.
  npm install --no-audit --no-fund
fi
if [ -z "${TEMPORAL_ADDRESS:-}" ]; then
  node_modules/.bin/tsx scripts/ensure-temporal-cli.ts
  # The Temporal server and its SQL tool, for `start.sh --cluster` and its tests (built from source too).
  node_modules/.bin/tsx scripts/ensure-temporal-server.ts
fi
if ! command -v chromium >/dev/null; then
  echo "Installing Chromium (for the web UI's browser tests)..."
  # Not fatal: the system runs without it; only the browser tests need it (they say so when it is missing).
  (apt-get update && apt-get install -y chromium) || echo "Could not install Chromium (apt-get needs root): the web UI's browser tests will fail."
fi
