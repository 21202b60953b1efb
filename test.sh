#!/usr/bin/env bash
# Runs Sitrep's whole test suite on a fresh machine with the .NET 10 SDK: restores packages, builds with
# warnings as errors, runs every test project, and ends with one plain "N passed, N failed" line.
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
status=${PIPESTATUS[0]}
set -e
passed=$(grep -E '^\s+succeeded: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
failed=$(grep -E '^\s+failed: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
echo "tests: ${passed} passed, ${failed} failed"
if [ "$status" -eq 0 ] && [ "${passed}" -eq 0 ]; then
  echo "test.sh: no test ran" >&2
  exit 1
fi
exit "$status"
