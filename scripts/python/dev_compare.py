"""Compares trained candidates with the TF-IDF + LR baseline on the DEV split only (never val), per
language, with the same criterion as issue 3's success test: macro-F1 at the threshold that is best
on the whole dev split, for hate and violence, overall and per language; and the per-dataset mean
PR-AUC that train.py --select per-dataset and select_best.py rank candidates by. Also, at that same
threshold, the macro-F1 on real posts and on template sentences separately, and their mean (the
"source-balanced" F1): since session 7 most of dev's violence positives are template sentences, so the
dev-best threshold can sit where real posts lose. For choosing between candidates and settings while
training; the honest numbers come from evaluate.py on val.

Usage: dev_compare.py --work /tmp/rabat-train CANDIDATE_DIR [CANDIDATE_DIR ...]
"""
from __future__ import annotations

import argparse
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from evaluate import baseline_cache, best_threshold, dev_score, macro_f1, source_balanced_f1, transformer_probs  # noqa: E402
from labels import LABELS  # noqa: E402


def summarise(y: np.ndarray, p: np.ndarray, langs: np.ndarray, templates: np.ndarray) -> dict:
    from sklearn.metrics import average_precision_score
    out = {}
    for name in ("hate", "offensive", "violence"):
        j = LABELS.index(name)
        known = y[:, j] >= 0
        thr = best_threshold(y[known, j], p[known, j])
        res = {"overall": (macro_f1(y[known, j], p[known, j], thr), average_precision_score(y[known, j], p[known, j]))}
        res["sources"] = source_balanced_f1(y[known, j], p[known, j], templates[known])[:3]  # at the same thr
        for lang in sorted(set(langs[known])):
            sel = known & (langs == lang)
            if 0 < y[sel, j].sum() < sel.sum():
                res[lang] = (macro_f1(y[sel, j], p[sel, j], thr), average_precision_score(y[sel, j], p[sel, j]))
        out[name] = res
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default="/tmp/rabat-train")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("candidates", nargs="+")
    args = ap.parse_args()
    rows = [json.loads(line) for line in open(os.path.join(args.work, "data.jsonl"), encoding="utf-8")]
    split = np.array([r["split"] for r in rows])
    dev = np.where(split == "dev")[0]
    y = np.array([rows[i]["labels"] for i in dev], dtype=np.int64)
    langs = np.array([rows[i]["lang"] for i in dev])
    groups = np.array([rows[i]["dataset"] for i in dev])
    p_base = np.load(baseline_cache(args.work))[:len(dev)]
    templates = np.array([rows[i]["dataset"] == "templates" for i in dev])
    base = summarise(y, p_base, langs, templates)
    print(f"== baseline  per-dataset mean PR-AUC {dev_score(p_base, y, groups)}")
    for cand in args.candidates:
        p = transformer_probs(cand, [rows[i]["text"] for i in dev], args.threads)
        res = summarise(y, p, langs, templates)
        print(f"== {cand}  per-dataset mean PR-AUC {dev_score(p, y, groups)}")
        for name in res:
            langs_n = [k for k in res[name] if k not in ("overall", "sources")]
            wins = [k for k in langs_n if res[name][k][0] > base[name].get(k, (1.0,))[0]]
            (f1, ap_), (bf1, bap) = res[name]["overall"], base[name]["overall"]
            print(f"  {name:9s} macro-F1 {f1:.4f} vs {bf1:.4f}  PR-AUC {ap_:.4f} vs {bap:.4f}  "
                  f"languages won {len(wins)}/{len(langs_n)} {' '.join(wins)}")
            (m, c, t), (bm, bc, bt) = res[name]["sources"], base[name]["sources"]
            print(f"  {'':9s} at that threshold: real posts {c:.4f} vs {bc:.4f}, templates {t:.4f} vs {bt:.4f}, "
                  f"source-balanced {m:.4f} vs {bm:.4f}")


if __name__ == "__main__":
    main()
