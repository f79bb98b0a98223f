#!/usr/bin/env bash
# One command reproducing models/rabat-content from the shared corpora (runs outside CI):
# python setup -> data prep (normalise, dedupe, map labels, templates, fixed split) -> WordPiece
# tokenizer -> multi-task fine-tuning of four candidates (encoder only; encoder + n-gram branch, trained
# with the encoder or partly fitted as regressions; best on dev) -> ONNX export (fp32) -> int8
# quantisation -> operating points -> parity fixtures -> evaluation against the TF-IDF + LR baseline.
# Measured on 2 shared vCPUs: see models/rabat-content/MODEL_CARD.md for the wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
DATASETS="${RABAT_DATASETS:-$(cd .. && pwd)/shared/datasets}"
WORK="${RABAT_WORK:-/tmp/rabat-train}"
PY=.venv/bin/python
bash scripts/setup-python.sh
# The in-graph word hashing, lexicon matching and sublinear tf must agree with their plain-Python
# definitions (seconds).
$PY scripts/python/check_wide_features.py
start=$(date +%s)
$PY scripts/python/prepare_data.py --datasets "$DATASETS" --work "$WORK"
# The tokenizer: the WordPiece trainer gives a different vocabulary on every run (the sets differ, one
# thread or not), and that alone moves dev and val by as much as the settings compared here. So every
# candidate reuses the committed model's tokenizer, learned by train.py from the train and dev texts
# in an earlier run; with it a run retraces the shipped run's dev checks to the third or fourth
# decimal (MODEL_CARD.md, "Reproduction check (session 8)"). RABAT_TOKENIZER=learn learns a new one.
TOKENIZER="${RABAT_TOKENIZER:-models/rabat-content/tokenizer.json}"
TOK=()
if [ "$TOKENIZER" != learn ]; then
  mkdir -p "$WORK"
  cp "$TOKENIZER" "$WORK/tokenizer-reused.json"  # select_best rewrites models/rabat-content during the run
  TOK=(--tokenizer "$WORK/tokenizer-reused.json")
fi
# Candidates, one thread each (on a shared 2-core machine single-threaded processes side by side beat
# one multi-threaded process). All are 2 x 128 encoders with masked mean+max pooling and weight
# averaging (EMA 0.999), the best encoder-only settings measured (MODEL_CARD.md lists the earlier
# MLM, [CLS], dropout and head-weight runs). Every run finishes its planned steps well inside its
# wall-clock budget, so the budget (a safety stop) does not change the result. Checkpoints and
# candidates are ranked by dev PR-AUC averaged over each label's source datasets (--select
# per-dataset): pooled over all sources, PR-AUC also rewards telling the sources apart, and it ranked
# models above the baseline that lose to it on every violence corpus. The best on the dev split
# ships; the validation split is never used for any choice.
COMMON=(--work "$WORK" --batch 64 --lr 5e-4 --threads 1 --layers 2 --hidden 128 --heads 2 --pooling meanmax
        --compare none --eval-every 400 --ema 0.999 --select per-dataset "${TOK[@]}")
# The n-gram branch: token uni/bi/trigrams hashed into 2^18 buckets, one weight per label, added to
# the encoder's logits (see NgramBag in train.py), with its own learning rate.
NGRAM=(--cap-per-dataset 0 --ngram-buckets 262144 --ngram-mode add --ngram-trigrams --ngram-dropout 0 --ngram-lr 1e-2)
run() { # name, extra args...
  local name=$1; shift
  OMP_NUM_THREADS=1 nice -n 10 $PY scripts/python/train.py "${COMMON[@]}" "$@" --out "$WORK/cand-$name" > "$WORK/train-$name.log" 2>&1
}
# (a) encoder only; (b) encoder + n-gram branch trained together: token uni/bi/trigrams, the character
# 2-5-grams of every token (2^17 buckets) and the character n-grams spanning word-piece boundaries (see
# edge_map in train.py); session 3's shipped model. (a)-(d) are the ablations behind the shipped setting
# (MODEL_CARD.md has their scores); they add 40 minutes and run only with RABAT_ABLATIONS=1.
ABLATIONS=()
XB=("${NGRAM[@]}" --char-buckets 131072 --char-edges --seed 14 --epochs 2)
if [ "${RABAT_ABLATIONS:-0}" = 1 ]; then
  run meanmax-ema --cap-per-dataset 8000 --epochs 2 --budget-minutes 20 &
  p1=$!
  run xb-14 "${XB[@]}" --budget-minutes 25 &
  p2=$!
  wait $p1 $p2
  ABLATIONS+=("$WORK/cand-meanmax-ema" "$WORK/cand-xb-14")
fi
# (c, d) the same network, but the violence column is first fitted as a tf-idf logistic regression
# (idf and the L2 norm computed in the graph), frozen, and the encoder learns its out-of-fold residual
# (fit_wide in train.py). Fitted by SGD with the encoder, the violence column stayed well below what the
# same features reach as a regression. (d) adds what the TF-IDF baseline's features have and (c)'s lack,
# each measured by 3-fold cross-validation on the training rows: whole words and word bigrams (from the
# word pieces, their own table and L2 norm), sublinear tf for token n-grams and words, and the regression
# fitted on the runtime's 128 tokens instead of the encoder's 64; with these features the same
# cross-validation chose C = 32 (4: 0.338, 8: 0.343, 16: 0.346, 32: 0.348, 64: 0.348; the baseline's
# features 0.341; scripts/python/wide_features_cv.py). (e) = (d) plus the project's lexicons inside the
# graph (session 6): per category ("violence", "dehumanisation", "counter_speech", "reporting", ...),
# log(1 + number of terms found) x 0.3, read by the fitted violence regression and by the columns
# trained with the encoder. A category is one feature in every language, so what a label learns from
# one language's terms carries to the others' (NgramBag.lexicon_counts; scale 0.3 over 1.0 on dev).
# C = 8 rather than the cross-validated 32 (session 8, dev only): one threshold serves template sentences
# and real posts, and with C = 32 the threshold best on dev sat where real posts lose (corpus-row violence
# macro-F1 0.736 at it, 0.778 at the corpus rows' own best). The stronger penalty keeps the regression
# from fitting the training frames so closely that new frames score far below real threats: the mean of
# the corpus-row and template-row F1 at the one dev threshold rose from 0.763 to 0.777, per-dataset
# PR-AUC 0.685 both (MODEL_CARD.md, "Tried in session 8"). For the same reason the encoder's share of
# violence is chosen by that mean (--share-select source-balanced), not by PR-AUC: by PR-AUC a share of
# 0.25 won one checkpoint by 0.0008 and cost the template sentences 0.05 of F1 at the dev threshold.
WIDE=("${XB[@]}" --budget-minutes 45 --wide-fit lr --wide-labels violence --wide-c 8 --word-buckets 262144
      --wide-sublinear --wide-max-len 128 --share-select source-balanced)
if [ "${RABAT_ABLATIONS:-0}" = 1 ]; then
  run hw8-14 "${WIDE[@]}" &
  p3=$!
  run hwl8-14 "${WIDE[@]}" --lexicon data/lexicons/compiled --lexicon-scale 0.3 &
  p4=$!
  wait $p3 $p4
  ABLATIONS+=("$WORK/cand-hw8-14" "$WORK/cand-hwl8-14")
fi
# The shipped model (session 15, docs/decisions/session-15.md, changes 46 and 55): (e) with seed 28, on the data with
# the template frames of sessions 14 and 15 (make_templates.APPENDED_S14, _S15: implicit derogation and benign hard
# negatives that contain hate, _S16: their positive minimal pairs). Seeds of this setting differ more than the settings
# above in what the product lives on, the hate recall reached while flagging no more protected-speech sentences than
# before (scripts/python/protected_share_screen.py): 0.25-0.34 without the frames, 0.28-0.40 with session 14's,
# 0.44-0.49 with session 15's. Seed 28 was the one of four on session 15's frames that also passed the product gates
# (the functional suite's positive and neutral mentions of groups stopped the other three). Alone on two cores a run
# takes about 25 minutes.
run hwl8-28 "${WIDE[@]}" --lexicon data/lexicons/compiled --lexicon-scale 0.3 --seed 28
$PY scripts/python/select_best.py --out models/rabat-content "${ABLATIONS[@]}" "$WORK/cand-hwl8-28"
# Operating points for the runtime (per label on the dev split, int8 model as shipped; see
# scripts/calibrate-model.ts for the rule).
RABAT_WORK="$WORK" npm run calibrate
$PY scripts/python/parity_sample.py --model models/rabat-content
$PY scripts/python/make_normaliser_fixture.py
nice -n 10 $PY scripts/python/evaluate.py --work "$WORK" --model models/rabat-content
echo "train.sh: total $(( $(date +%s) - start )) s"
