#!/usr/bin/env bash
# Validation-split evaluation of models/rabat-content against a TF-IDF + logistic-regression baseline
# trained on the same training split. Prints the tables and rewrites them in MODEL_CARD.md and
# metrics.json. Rebuilds the prepared data (deterministic, minutes) when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
DATASETS="${RABAT_DATASETS:-$(cd .. && pwd)/shared/datasets}"
WORK="${RABAT_WORK:-/tmp/rabat-train}"
bash scripts/setup-python.sh >/dev/null
if [ ! -f "$WORK/data.jsonl" ]; then
  .venv/bin/python scripts/python/prepare_data.py --datasets "$DATASETS" --work "$WORK"
fi
.venv/bin/python scripts/python/evaluate.py --work "$WORK" --model models/rabat-content
