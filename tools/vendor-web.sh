#!/usr/bin/env bash
# Copies the dashboard's browser libraries from npm into src/Sitrep.Web/wwwroot/lib, with their licences (as LICENSE.txt, so the server can serve them too).
# The copied files are committed: a machine with only the .NET SDK serves the dashboard with no internet and no npm.
# Rerun after changing a version below, then commit wwwroot/lib.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
lib="$root/src/Sitrep.Web/wwwroot/lib"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

packages=(leaflet@1.9.4 world-atlas@2.0.2 topojson-client@3.1.0 supercluster@8.0.1 uplot@1.6.32)

cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts "${packages[@]}" >/dev/null
m="$work/node_modules"

rm -rf "$lib"
mkdir -p "$lib"/{leaflet/images,world-atlas,topojson-client,supercluster,uplot}

cp "$m/leaflet/dist/leaflet.js" "$m/leaflet/dist/leaflet.css" "$lib/leaflet/"
cp "$m/leaflet/dist/images/"*.png "$lib/leaflet/images/"
cp "$m/leaflet/LICENSE" "$lib/leaflet/LICENSE.txt"

cp "$m/world-atlas/countries-110m.json" "$lib/world-atlas/"
cp "$m/world-atlas/LICENSE" "$lib/world-atlas/LICENSE.txt"

cp "$m/topojson-client/dist/topojson-client.min.js" "$lib/topojson-client/"
cp "$m/topojson-client/LICENSE" "$lib/topojson-client/LICENSE.txt"

# supercluster 8 is the last release with a browser bundle (kdbush included); 9+ is ES modules with a bare import.
cp "$m/supercluster/dist/supercluster.min.js" "$lib/supercluster/"
cp "$m/supercluster/LICENSE" "$lib/supercluster/LICENSE.txt"
cp "$m/kdbush/LICENSE" "$lib/supercluster/LICENSE-kdbush.txt"

cp "$m/uplot/dist/uPlot.iife.min.js" "$m/uplot/dist/uPlot.min.css" "$lib/uplot/"
cp "$m/uplot/LICENSE" "$lib/uplot/LICENSE.txt"

# Versions as installed, so a reader of wwwroot/lib knows what is there.
for p in leaflet world-atlas topojson-client supercluster kdbush uplot; do
  printf '%s %s\n' "$p" "$(node -p "require('$m/$p/package.json').version")"
done > "$lib/VERSIONS.txt"
cat "$lib/VERSIONS.txt"
