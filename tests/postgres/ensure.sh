#!/usr/bin/env bash
# Makes sure PostgreSQL's server binaries (initdb, pg_ctl under /usr/lib/postgresql/*/bin) are installed: the
# store tests start their own throwaway server from them. Installs Debian's postgresql package when missing.
set -euo pipefail

if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null && compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "tests/postgres/ensure.sh: PostgreSQL is missing and apt-get is not available; install PostgreSQL's server package" >&2
  exit 2
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "tests/postgres/ensure.sh: installing PostgreSQL (Debian package postgresql)" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# The package's own cluster is not needed; the tests run initdb in a temporary folder.
$sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || { echo "tests/postgres/ensure.sh: initdb still missing" >&2; exit 1; }
