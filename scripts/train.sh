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
# Candidates, one thread each (on a shared 2-core machine single-threaded processes side by side beat
# one multi-threaded process), all 2 x 128 with masked mean pooling (it beat [CLS] pooling by +0.065
# dev PR-AUC after one epoch; see MODEL_CARD.md). Every run finished its planned steps well inside its
# wall-clock budget, so the budget (a safety stop) does not change the result. The best on the dev
# split ships; the validation split is never used for any choice.
COMMON=(--work "$WORK" --batch 64 --lr 5e-4 --mlm-lr 1e-3 --mlm-epochs 1 --cap-per-dataset 8000 --threads 1
        --layers 2 --hidden 128 --heads 2)
run() { # name, extra args...
  local name=$1; shift
  OMP_NUM_THREADS=1 nice -n 10 $PY scripts/python/train.py "${COMMON[@]}" "$@" --out "$WORK/cand-$name" > "$WORK/train-$name.log" 2>&1
}
# (a) masked-LM pretraining then fine-tuning; (b) from scratch; (c) from scratch with per-head loss
# weights (violence lagged the baseline most).
run mlm-mean --pooling mean --epochs 3 --compare mlm --budget-minutes 55 &
p1=$!
run mean --pooling mean --epochs 3 --compare none --budget-minutes 60 &
p2=$!
run mean-hw --pooling mean --epochs 3 --compare none --eval-every 500 --head-weights "hate=2,violence=4,target=0.5" \
  --budget-minutes 35 &
p3=$!
wait $p1 $p2 $p3
# (d) dropout 0.2 with dev checks every 400 steps (the models peak after about one epoch);
# (e) mean + max pooling (a single salient word is diluted by the mean over a long post).
run mean-d2 --pooling mean --epochs 2 --compare none --eval-every 400 --dropout 0.2 --budget-minutes 25 &
p4=$!
run meanmax --pooling meanmax --epochs 2 --compare none --eval-every 400 --budget-minutes 22 &
p5=$!
wait $p4 $p5
# (f, g) the same two poolings with an exponential moving average of the weights (decay 0.999).
run mean-ema --pooling mean --epochs 2 --compare none --eval-every 400 --ema 0.999 --budget-minutes 20 &
p6=$!
run meanmax-ema --pooling meanmax --epochs 2 --compare none --eval-every 400 --ema 0.999 --budget-minutes 20 &
p7=$!
wait $p6 $p7
$PY scripts/python/select_best.py --out models/rabat-content "$WORK/cand-mlm-mean" "$WORK/cand-mean" \
  "$WORK/cand-mean-hw" "$WORK/cand-mean-d2" "$WORK/cand-meanmax" "$WORK/cand-mean-ema" "$WORK/cand-meanmax-ema"
# Operating points (F1-optimal per label on the dev split, int8 model as shipped) for the runtime.
RABAT_WORK="$WORK" npm run calibrate
$PY scripts/python/parity_sample.py --model models/rabat-content
$PY scripts/python/make_normaliser_fixture.py
nice -n 10 $PY scripts/python/evaluate.py --work "$WORK" --model models/rabat-content
echo "train.sh: total $(( $(date +%s) - start )) s"
