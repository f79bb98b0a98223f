#!/usr/bin/env bash
# The product gates for a trained candidate, next to the shipped model (decision rules since session 11; see
# docs/decisions/session-13.md): the candidate is copied into its own models folder, its operating points are chosen
# on dev (`npm run calibrate`), and the functional suite and the dev pipeline are run with it and with the shipped
# model. Prints the figures the gates read; decides nothing. Val is never touched.
# Usage: RABAT_WORK=/tmp/rabat-train bash scripts/candidate-gates.sh WORK/cand-NAME OUT_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
CAND=${1:?candidate folder written by train.py}
OUT=$(realpath -m "${2:?output folder}")
WORK="${RABAT_WORK:-/tmp/rabat-train}"
[ -f "$WORK/data.jsonl" ] || { echo "candidate-gates: $WORK/data.jsonl is missing (run prepare_data.py)" >&2; exit 2; }
npm run build >/dev/null
rm -rf "$OUT" && mkdir -p "$OUT/models"
cp -r models/rabat-content "$OUT/models/rabat-content"
.venv/bin/python scripts/python/select_best.py --out "$OUT/models/rabat-content" "$CAND" >/dev/null
for who in shipped candidate; do
  if [ "$who" = shipped ]; then export RABAT_MODELS_DIR="$PWD/models"; else export RABAT_MODELS_DIR="$OUT/models"; fi
  export RABAT_WORK="$WORK"
  if [ "$who" = candidate ]; then node dist/scripts/calibrate-model.js >"$OUT/calibrate.txt" 2>&1; fi
  node dist/scripts/functional.js >"$OUT/functional-$who.txt" 2>&1
  node dist/scripts/eval-pipeline.js --split dev >"$OUT/pipeline-dev-$who.txt" 2>/dev/null
done
echo "functional suite, shipped -> candidate (protected speech: counter_speech, negated, neutral, positive, profanity, reporting, non_protected)"
paste <(grep -E '^  [a-z_]+ +[0-9.]+% \(' "$OUT/functional-shipped.txt" | grep -v -E '^  [a-z]{2} ') \
      <(grep -E '^  [a-z_]+ +[0-9.]+% \(' "$OUT/functional-candidate.txt" | grep -v -E '^  [a-z]{2} ') |
  awk '{ print "  " $1 " " $3 " -> " $6 }'
grep -h '^overall' "$OUT/functional-shipped.txt" "$OUT/functional-candidate.txt" | paste -sd' ' | sed 's/^/  overall (shipped, candidate): /'
for who in shipped candidate; do
  echo "dev pipeline, $who: queue PR-AUC (real posts) $(grep -A3 '^queue order' "$OUT/pipeline-dev-$who.txt" | awk -F'|' '/real posts/ { gsub(/ /, "", $5); print $5 }'), hateful P/R/F1 $(awk -F'|' '$2 ~ /^ real posts $/ && $3 ~ /hateful/ { gsub(/ /, ""); print $7 "/" $8 "/" $9 }' "$OUT/pipeline-dev-$who.txt")"
done
echo "operating points: $(tr -d ' \n' <"$OUT/models/rabat-content/operating-points.json" | grep -o '"points":{[^}]*}')"
