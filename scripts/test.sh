#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what is missing, type-checks, then runs jest against a
# real system (Temporal dev server + embedded PostgreSQL) that jest's global setup starts and stops.
# Ends with a line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh || { echo "0 passed, 1 failed"; exit 1; }
bash scripts/build-ui.sh || { echo "0 passed, 1 failed"; exit 1; }

mkdir -p test-results
typecheck=0
node_modules/.bin/tsc --noEmit -p . || typecheck=1
node_modules/.bin/tsc --noEmit -p ui || typecheck=1

node_modules/.bin/jest --json --outputFile=test-results/jest.json "$@"
jest_status=$?

node -e '
  const fs = require("fs");
  let passed = 0, failed = 0;
  try {
    const report = JSON.parse(fs.readFileSync("test-results/jest.json", "utf8"));
    passed = report.numPassedTests;
    failed = report.numFailedTests + (report.numRuntimeErrorTestSuites || 0);
  } catch { failed = 1; }
  failed += Number(process.argv[1]);
  console.log(`${passed} passed, ${failed} failed`);
' "$typecheck"
[ "$jest_status" -eq 0 ] && [ "$typecheck" -eq 0 ]
