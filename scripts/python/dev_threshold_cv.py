"""Is one operating point per language better than one pooled operating point? Answered on the DEV
split only (never val), for the shipped transformer and the TF-IDF + LR baseline alike.

Dev is cut into two folds by group (a template row's group is its sentence frame, the unit dev and
val hold out; any other row is its own group), stratified by language. Thresholds are chosen on one
fold, either pooled or per language (falling back to pooled where that language has fewer than
MIN_CLASS positives or negatives in the fold), and scored on the other fold: macro-F1 per language
and overall. Both directions, several seeds. A protocol that only helps one model is not a better
protocol, so the output is printed per model.

Usage: dev_threshold_cv.py --work /tmp/rabat-train --model models/rabat-content [--seeds 5]
"""
from __future__ import annotations

import argparse
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from evaluate import (baseline_cache, best_threshold, language_thresholds, macro_f1, row_groups,  # noqa: E402
                      template_frames, transformer_probs)
from labels import LABELS  # noqa: E402


def split_groups(groups: np.ndarray, langs: np.ndarray, seed: int) -> np.ndarray:
    """Boolean mask of fold A: half of each language's groups, drawn at random."""
    rng = np.random.default_rng(seed)
    fold_a = np.zeros(len(groups), bool)
    for lang in np.unique(langs):
        sel = langs == lang
        uniq = np.unique(groups[sel])
        chosen = set(rng.permutation(uniq)[: (len(uniq) + 1) // 2])
        fold_a |= sel & np.isin(groups, list(chosen))
    return fold_a


def score(y: np.ndarray, p: np.ndarray, langs: np.ndarray, thr: np.ndarray) -> tuple[float, dict]:
    """Overall macro-F1 with each row cut at its own threshold, and macro-F1 per language (languages
    with both classes present)."""
    per = {lang: macro_f1(y[langs == lang], p[langs == lang], thr[langs == lang]) for lang in np.unique(langs)
           if 0 < y[langs == lang].sum() < (langs == lang).sum()}
    return macro_f1(y, p, thr), per


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default="/tmp/rabat-train")
    ap.add_argument("--model", default="models/rabat-content")
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    rows = [json.loads(line) for line in open(os.path.join(args.work, "data.jsonl"), encoding="utf-8")]
    dev = [r for r in rows if r["split"] == "dev"]
    y_all = np.array([r["labels"] for r in dev], dtype=np.int64)
    langs_all = np.array([r["lang"] for r in dev])
    groups_all = row_groups(dev, template_frames())
    probs = {"transformer": transformer_probs(args.model, [r["text"] for r in dev], args.threads),
             "baseline": np.load(baseline_cache(args.work))[:len(dev)]}

    print("mean over seeds and both directions; fold B scores (thresholds from fold A)")
    print(f"{'model':12s} {'label':9s} {'pooled: overall':>16s} {'lang mean':>10s} | {'per-lang: overall':>18s} {'lang mean':>10s}")
    for model, p_all in probs.items():
        for name in ("hate", "violence"):
            j = LABELS.index(name)
            known = y_all[:, j] >= 0
            y, p, langs, groups = y_all[known, j], p_all[known, j], langs_all[known], groups_all[known]
            acc = {"pooled": [], "per_language": []}
            for seed in range(args.seeds):
                fold_a = split_groups(groups, langs, seed)
                for fit, test in ((fold_a, ~fold_a), (~fold_a, fold_a)):
                    pooled = best_threshold(y[fit], p[fit])
                    per_lang = language_thresholds(y[fit], p[fit], langs[fit], pooled)
                    for kind, thr in (("pooled", np.full(test.sum(), pooled)),
                                      ("per_language", np.array([per_lang.get(l, pooled) for l in langs[test]]))):
                        overall, per = score(y[test], p[test], langs[test], thr)
                        acc[kind].append((overall, float(np.mean(list(per.values())))))
            m = {k: np.mean(v, axis=0) for k, v in acc.items()}
            print(f"{model:12s} {name:9s} {m['pooled'][0]:16.4f} {m['pooled'][1]:10.4f} | "
                  f"{m['per_language'][0]:18.4f} {m['per_language'][1]:10.4f}")


if __name__ == "__main__":
    main()
