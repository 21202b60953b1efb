#!/usr/bin/env bash
# Runs Sitrep's whole test suite on a fresh Debian machine with the .NET 10 SDK: installs what the tests need
# when it is missing (PostgreSQL for the store suite, Chromium + playwright-core for the dashboard test),
# builds with warnings as errors, runs every test project and the browser test, and ends with one plain
# "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK is needed (dotnet not found on PATH)" >&2
  exit 2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The store tests run against a real PostgreSQL started from Debian's binaries: install them when missing.
bash tests/postgres/ensure.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test Sitrep.slnx -c Release 2>&1 | tee "$log"
dotnet_status=${PIPESTATUS[0]}
set -e
passed=$(grep -E '^\s+succeeded: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
failed=$(grep -E '^\s+failed: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)

# The dashboard in a real headless Chromium, served by `sitrep serve` (the Release build just made).
export SITREP_CONFIGURATION=Release
bash tests/browser/ensure.sh
set +e
SITREP_SERVER="dotnet src/Sitrep.Cli/bin/Release/net10.0/sitrep.dll serve" node --test tests/browser/ 2>&1 | tee "$log"
browser_status=${PIPESTATUS[0]}
set -e
passed=$((passed + $(grep -E '^# pass [0-9]+' "$log" | grep -oE '[0-9]+' || echo 0)))
failed=$((failed + $(grep -E '^# fail [0-9]+' "$log" | grep -oE '[0-9]+' || echo 0)))

echo "tests: ${passed} passed, ${failed} failed"
if [ "$dotnet_status" -eq 0 ] && [ "$browser_status" -eq 0 ] && [ "${passed}" -eq 0 ]; then
  echo "test.sh: no test ran" >&2
  exit 1
fi
[ "$dotnet_status" -eq 0 ] && [ "$browser_status" -eq 0 ]
