#!/usr/bin/env bash
# Compares Sitrep's temporal tagger with chrono-node and Microsoft.Recognizers.Text.DateTime on TempEval-3 (platinum test set and TBAQ-cleaned), scoring
# both with `sitrep eval tempeval3` (TempEval-3's timex definitions). Usage: bash tools/compare-taggers/run.sh
# TEMPEVAL3 overrides where the corpus is (default: ../shared/eval/tempeval3 beside the repository).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
corpus=${TEMPEVAL3:-$root/../shared/eval/tempeval3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

(cd "$here" && npm ci --no-audit --no-fund --silent)
dotnet build -c Release "$root/src/Sitrep.Cli" -v q -nologo > "$out/build.log" || { cat "$out/build.log"; exit 1; }
dotnet build -c Release "$here/recognizers" -v q -nologo > "$out/build.log" || { cat "$out/build.log"; exit 1; }
sitrep=(dotnet "$root/src/Sitrep.Cli/bin/Release/net10.0/sitrep.dll")
recognizers=(dotnet "$here/recognizers/bin/Release/net10.0/Recognizers.dll")

for set in Evaluation/te3-platinum Training/TBAQ-cleaned/TimeBank Training/TBAQ-cleaned/AQUAINT; do
  dir=$corpus/$set
  echo "=== $set"
  echo "--- sitrep"
  "${sitrep[@]}" eval tempeval3 "$dir"
  echo "--- chrono-node $(node -p "require('$here/node_modules/chrono-node/package.json').version")"
  node "$here/chrono.mjs" "$dir" > "$out/chrono.jsonl"
  "${sitrep[@]}" eval tempeval3 "$dir" --predictions "$out/chrono.jsonl"
  echo "--- Microsoft.Recognizers.Text.DateTime 1.8.13"
  "${recognizers[@]}" "$dir" > "$out/recognizers.jsonl"
  "${sitrep[@]}" eval tempeval3 "$dir" --predictions "$out/recognizers.jsonl"
  echo
done
