#!/usr/bin/env bash
# Builds the web UI into ui/dist when it is missing or older than its sources (or the domain code, the
# catalogue and the contract it shares with the server).
set -euo pipefail
cd "$(dirname "$0")/.."
built=ui/dist/index.html
if [ -f "$built" ] && [ -z "$(find ui/src ui/index.html ui/vite.config.ts domain i18n contract package-lock.json -newer "$built" -print -quit)" ]; then
  exit 0
fi
echo "Building the web UI..."
node_modules/.bin/vite build --config ui/vite.config.ts --logLevel warn
