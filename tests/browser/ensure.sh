#!/usr/bin/env bash
# Sets up what the browser test needs on a fresh Debian machine, and nothing when it is already there:
# Debian's chromium, playwright-core from package-lock.json, and the built web host and seed tool.
# Run as root (apt-get) or with chromium already installed. Then: node --test tests/browser/
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if [ ! -x /usr/bin/chromium ]; then
  echo "ensure.sh: installing Debian's chromium" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "ensure.sh: installing node and npm" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq nodejs npm >/dev/null
fi

if [ ! -d "$here/node_modules/playwright-core" ]; then
  echo "ensure.sh: npm ci (playwright-core)" >&2
  # The package's own browser download is never used: the test drives Debian's chromium.
  (cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
fi

# The test builds these itself when missing; building here keeps the test's own timeout for the browser.
configuration="${SITREP_CONFIGURATION:-Debug}"
dotnet build "$root/src/Sitrep.Web/Sitrep.Web.csproj" -c "$configuration" -v quiet -nologo >/dev/null
dotnet build "$here/seed/Sitrep.BrowserSeed.csproj" -c "$configuration" -v quiet -nologo >/dev/null
echo "ensure.sh: ready (chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), playwright-core $(node -p "require('$here/node_modules/playwright-core/package.json').version"))" >&2
