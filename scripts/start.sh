#!/usr/bin/env bash
# Starts the whole system on a fresh machine: installs what is missing, then runs scripts/start.ts
# (arguments go along: --cluster runs the Temporal server on PostgreSQL and the workers and API as processes).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
bash scripts/build-ui.sh
# node --import tsx, not the tsx wrapper: that one SIGKILLs the system when a busy machine delays its
# acknowledgement of Ctrl-C by 30 ms, and the system would not stop cleanly.
exec node --import tsx scripts/start.ts "$@"
