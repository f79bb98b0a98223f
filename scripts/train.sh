#!/usr/bin/env bash
# One command reproducing models/rabat-content from the shared corpora (runs outside CI):
# python setup -> data prep (normalise, dedupe, map labels, templates, fixed split) -> WordPiece
# tokenizer -> masked-LM pretraining -> multi-task fine-tuning (with and without MLM, best on dev)
# -> ONNX export (fp32) -> int8 quantisation -> evaluation against the TF-IDF + LR baseline.
# Measured on 2 shared vCPUs: see models/rabat-content/MODEL_CARD.md for the wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
DATASETS="${RABAT_DATASETS:-$(cd .. && pwd)/shared/datasets}"
WORK="${RABAT_WORK:-/tmp/rabat-train}"
PY=.venv/bin/python
bash scripts/setup-python.sh
start=$(date +%s)
$PY scripts/python/prepare_data.py --datasets "$DATASETS" --work "$WORK"
$PY scripts/python/train.py --work "$WORK" --out models/rabat-content \
  --layers 2 --hidden 128 --heads 2 --batch 64 --lr 5e-4 --mlm-lr 1e-3 \
  --epochs 3 --mlm-epochs 2 --compare both --budget-minutes "${RABAT_BUDGET_MINUTES:-70}"
$PY scripts/python/make_normaliser_fixture.py
$PY scripts/python/evaluate.py --work "$WORK" --model models/rabat-content
echo "train.sh: total $(( $(date +%s) - start )) s"
