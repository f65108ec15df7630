#!/usr/bin/env bash
# Starts the whole system on a fresh machine: installs what is missing, then runs scripts/start.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
bash scripts/build-ui.sh
exec node_modules/.bin/tsx scripts/start.ts
